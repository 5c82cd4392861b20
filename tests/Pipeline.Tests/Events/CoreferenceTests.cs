using Pipeline.Documents;
using Pipeline.Events;
using Pipeline.Tests.Entities;

namespace Pipeline.Tests.Events;

public class CoreferenceTests
{
    private static readonly Coreference Stage = Coreference.Load();

    /// <summary>A document whose mentions are given as (first token, end token, type).</summary>
    private static Document WithMentions(string sentence, params (int First, int End, MentionType Type)[] mentions)
    {
        var document = EntityTaggerResourcesTests.DocumentOf(sentence);
        foreach (var (first, end, type) in mentions)
        {
            var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
            document.Mentions.Add(new Mention(span, type, document.TextOf(span), first, end));
        }
        Stage.Process(document);
        return document;
    }

    private static string[] Entities(Document document) => document.DiscourseEntities
        .Select(e => $"{e.Type} {e.Name}: " + string.Join(" | ", e.Mentions.Select(m => $"{m.Text}@{m.FirstToken}{(m.Form == MentionForm.Name ? "" : " " + m.Form)}")))
        .ToArray();

    [Test]
    public void InAnInterviewIAndMeInTheAnswersAreThePersonNamedMostBeforeTheQuestions()
    {
        // Tom 0 Lee 1 runs 2 Acme 3 . 4 | Q 5 : 6 When 7 did 8 you 9 join 10 ? 11 | A 12 : 13 I 14 joined 15 in 16 2002 17 and 18 my 19
        // first 20 job 21 was 22 sales 23 . 24 | Q 25 : 26 And 27 Ann 28 Wu 29 ? 30 | A 31 : 32 She 33 hired 34 me 35 . 36
        var document = EventExtractorTests.Article(["Tom Lee runs Acme .", "Q : When did you join ?", "A : I joined in 2002 and my first job was sales .",
            "Q : And Ann Wu ?", "A : She hired me ."], (0, 2, MentionType.Person), (3, 4, MentionType.Organization), (28, 30, MentionType.Person));
        Assert.That(Entities(document), Is.EqualTo(new[]
        {
            "Person Tom Lee: Tom Lee@0 | I@14 Pronoun | my@19 Pronoun | me@35 Pronoun",
            "Person Ann Wu: Ann Wu@28 | She@33 Pronoun",
            "Organization Acme: Acme@3",
        }));
    }

    [Test]
    public void OutsideAnInterviewIIsNoOne()
    {
        // Tom 0 Lee 1 said 2 : 3 I 4 joined 5 Acme 6 . 7
        var document = WithMentions("Tom Lee said : I joined Acme .", (0, 2, MentionType.Person), (6, 7, MentionType.Organization));
        Assert.That(Entities(document), Is.EqualTo(new[] { "Person Tom Lee: Tom Lee@0", "Organization Acme: Acme@6" }));
    }

    [Test]
    public void ASurnameOrFirstNameAloneJoinsTheFullName()
    {
        // Jing 0 Jie 1 joined 2 Ant 3 Group 4 . 5 Jing 6 said 7 Ant 8 grew 9 ; 10 Jie 11 agreed 12 with 13 Lee 14
        var document = WithMentions("Jing Jie joined Ant Group . Jing said Ant grew ; Jie agreed with Lee",
            (0, 2, MentionType.Person), (3, 5, MentionType.Organization), (6, 7, MentionType.Person),
            (8, 9, MentionType.Organization), (11, 12, MentionType.Person), (14, 15, MentionType.Person));
        Assert.That(Entities(document), Is.EqualTo(new[]
        {
            "Person Jing Jie: Jing Jie@0 | Jing@6 ShortName | Jie@11 ShortName",
            "Person Lee: Lee@14",
            "Organization Ant Group: Ant Group@3 | Ant@8 ShortName",
        }));
    }

    [Test]
    public void AWordInsideANameIsNotAShortFormOfIt()
    {
        // Mary 0 Ann 1 Lee 2 met 3 Ann 4 and 5 Group 6 staff 7 of 8 Big 9 Group 10
        var document = WithMentions("Mary Ann Lee met Ann and Group staff of Big Group",
            (0, 3, MentionType.Person), (4, 5, MentionType.Person), (6, 7, MentionType.Organization), (9, 11, MentionType.Organization));
        Assert.That(Entities(document), Is.EqualTo(new[]
        {
            "Person Mary Ann Lee: Mary Ann Lee@0",
            "Person Ann: Ann@4",
            "Organization Group: Group@6",
            "Organization Big Group: Big Group@9",
        }));
    }

    /// <summary>The entities of a text whose mentions are marked "{words|TYPE}" (see <see cref="OrganizationFormsTests.Tagged"/>).</summary>
    private static string[] Resolved(string markup)
    {
        var document = OrganizationFormsTests.Tagged(markup);
        int mentions = document.Mentions.Count;
        Stage.Process(document);
        Assert.That(document.Mentions, Has.Count.EqualTo(mentions), "pronouns and descriptions stay out of the document's mentions");
        return Entities(document);
    }

    [Test]
    public void MrMsAndDrJoinTheFullNameInsideOrBeforeTheMention() =>
        // Richard 0 Hecht 1 joined 2 . 3 Mr. 4 Hecht 5 said 6 Dr 7 Hecht 8 agreed 9 . 10
        Assert.That(Resolved("{Richard Hecht|PER} joined. {Mr. Hecht|PER} said Dr {Hecht|PER} agreed."), Is.EqualTo(new[]
        {
            "Person Richard Hecht: Richard Hecht@0 | Mr. Hecht@4 ShortName | Hecht@8 ShortName",
        }));

    [Test]
    public void ASurnameWithItsParticlesJoinsTheFullName() =>
        // Pieter-Jan 0 van 1 der 2 Linden 3 and 4 Ruud 5 de 6 Boer 7 spoke 8 . 9 Van 10 der 11 Linden 12 left 13 ; 14 de 15 Boer 16 stayed 17 . 18
        Assert.That(Resolved("{Pieter-Jan van der Linden|PER} and {Ruud de Boer|PER} spoke. {Van der Linden|PER} left; {de Boer|PER} stayed."), Is.EqualTo(new[]
        {
            "Person Pieter-Jan van der Linden: Pieter-Jan van der Linden@0 | Van der Linden@10 ShortName",
            "Person Ruud de Boer: Ruud de Boer@5 | de Boer@15 ShortName",
        }));

    [Test]
    public void ANamesLastWordsAndASurnameWithoutItsArabicArticleJoinTheFullName() =>
        // Carlos 0 Romo 1 Leroux 2 and 3 Abdulaziz 4 al-Mutairi 5 spoke 6 . 7 Romo 8 Leroux 9 left 10 ; 11 Mutairi 12 stayed 13 . 14
        Assert.That(Resolved("{Carlos Romo Leroux|PER} and {Abdulaziz al-Mutairi|PER} spoke. {Romo Leroux|PER} left; {Mutairi|PER} stayed."), Is.EqualTo(new[]
        {
            "Person Carlos Romo Leroux: Carlos Romo Leroux@0 | Romo Leroux@8 ShortName",
            "Person Abdulaziz al-Mutairi: Abdulaziz al-Mutairi@4 | Mutairi@12 ShortName",
        }));

    [Test]
    public void AMiddleSurnameAndTheGivenNamesBeforeAFathersNameJoinTheFullName() =>
        // Eduardo 0 Saavedra 1 Lanusse 2 , 3 Mary 4 Ann 5 Lee 6 and 7 Abdul 8 Rahman 9 bin 10 Yusof 11 met 12 . 13
        // Saavedra 14 , 15 Ann 16 and 17 Abdul 18 Rahman 19 left 20 . 21
        Assert.That(Resolved("{Eduardo Saavedra Lanusse|PER}, {Mary Ann Lee|PER} and {Abdul Rahman bin Yusof|PER} met. {Saavedra|PER}, {Ann|PER} and {Abdul Rahman|PER} left."),
            Is.EqualTo(new[]
            {
                "Person Eduardo Saavedra Lanusse: Eduardo Saavedra Lanusse@0 | Saavedra@14 ShortName",
                "Person Mary Ann Lee: Mary Ann Lee@4",
                "Person Abdul Rahman bin Yusof: Abdul Rahman bin Yusof@8 | Abdul Rahman@18 ShortName",
                "Person Ann: Ann@16",
            }));

    [Test]
    public void ANameWithOrWithoutMiddleInitialsIsOnePersonNamedInFull() =>
        // Michael 0 Barlerin 1 left 2 . 3 Michael 4 C. 5 Barlerin 6 and 7 H. 8 John 9 Greeniaus 10 met 11 Barlerin 12 and 13 John 14 Greeniaus 15 . 16
        Assert.That(Resolved("{Michael Barlerin|PER} left. {Michael C. Barlerin|PER} and {H. John Greeniaus|PER} met {Barlerin|PER} and {John Greeniaus|PER}."),
            Is.EqualTo(new[]
            {
                "Person Michael C. Barlerin: Michael Barlerin@0 | Michael C. Barlerin@4 | Barlerin@12 ShortName",
                "Person H. John Greeniaus: H. John Greeniaus@8 | John Greeniaus@14",
            }));

    [Test]
    public void TheNameIsWrittenOnOneLineAndWithoutHonorific() =>
        // Mr. 0 William 1 R. 2 Hambrecht 3 founded 4 it 5 . 6
        Assert.That(Resolved("{Mr. William R.\nHambrecht|PER} founded it."), Is.EqualTo(new[]
        {
            "Person William R. Hambrecht: Mr. William R.\nHambrecht@0",
        }));

    [Test]
    public void ANameIsWrittenWithoutItsHonorific() =>
        // The 0 chairman 1 , 2 Alhaji 3 Musa 4 Danjuma 5 , 6 met 7 Frau 8 Ulrike 9 Brandt 10 and 11 Capt 12 Harjit 13 Gill 14 . 15
        Assert.That(Resolved("The chairman, {Alhaji Musa Danjuma|PER}, met {Frau Ulrike Brandt|PER} and {Capt Harjit Gill|PER}."), Is.EqualTo(new[]
        {
            "Person Musa Danjuma: Alhaji Musa Danjuma@3", "Person Ulrike Brandt: Frau Ulrike Brandt@8", "Person Harjit Gill: Capt Harjit Gill@12",
        }));

    [Test]
    public void ASurnameOfSeveralPeopleJoinsTheOneLastSeenOfTheRightGender() =>
        // Robert 0 Cohen 1 and 2 Mary 3 Cohen 4 met 5 Alan 6 Cohen 7 . 8 Cohen 9 left 10 and 11 Mrs. 12 Cohen 13 stayed 14 . 15
        Assert.That(Resolved("{Robert Cohen|PER} and {Mary Cohen|PER} met {Alan Cohen|PER}. {Cohen|PER} left and Mrs. {Cohen|PER} stayed."),
            Is.EqualTo(new[]
            {
                "Person Robert Cohen: Robert Cohen@0",
                "Person Mary Cohen: Mary Cohen@3 | Cohen@13 ShortName",
                "Person Alan Cohen: Alan Cohen@6 | Cohen@9 ShortName",
            }));

    [Test]
    public void APronounPrefersAPersonOfItsGender() =>
        // Mary 0 Lee 1 hired 2 John 3 Smith 4 . 5 He 6 starts 7 and 8 she 9 stays 10 . 11
        Assert.That(Resolved("{Mary Lee|PER} hired {John Smith|PER}. He starts and she stays."), Is.EqualTo(new[]
        {
            "Person Mary Lee: Mary Lee@0 | she@9 Pronoun",
            "Person John Smith: John Smith@3 | He@6 Pronoun",
        }));

    [Test]
    public void WithoutKnownGenderAPronounTakesTheSubjectOfThePreviousSentence() =>
        // Jing 0 Jie 1 replaced 2 Wang 3 Wei 4 . 5 She 6 said 7 so 8 . 9
        Assert.That(Resolved("{Jing Jie|PER} replaced {Wang Wei|PER}. She said so."), Is.EqualTo(new[]
        {
            "Person Jing Jie: Jing Jie@0 | She@6 Pronoun",
            "Person Wang Wei: Wang Wei@3",
        }));

    [Test]
    public void InItsOwnSentenceAPronounTakesThePersonLastNamed() =>
        // Wang 0 Wei 1 said 2 Jing 3 Jie 4 would 5 leave 6 when 7 her 8 term 9 ends 10 . 11
        Assert.That(Resolved("{Wang Wei|PER} said {Jing Jie|PER} would leave when her term ends."), Is.EqualTo(new[]
        {
            "Person Wang Wei: Wang Wei@0",
            "Person Jing Jie: Jing Jie@3 | her@8 Pronoun",
        }));

    [Test]
    public void TheObjectOfASuccessionIsNotTheSuccessorNamedBeforeIt() =>
        // Wang 0 Wei 1 will 2 retire 3 . 4 The 5 board 6 chose 7 Jing 8 Jie 9 to 10 succeed 11 him 12 . 13
        Assert.That(Resolved("{Wang Wei|PER} will retire. The board chose {Jing Jie|PER} to succeed him."), Is.EqualTo(new[]
        {
            "Person Wang Wei: Wang Wei@0 | him@12 Pronoun",
            "Person Jing Jie: Jing Jie@8",
        }));

    [Test]
    public void ANearerSentencesSubjectWinsOverAKnownGenderFurtherBackAndAClashRulesAPersonOut()
    {
        // Mr. 0 Wang 1 retired 2 . 3 Jing 4 Jie 5 took 6 over 7 . 8 He 9 left 10 . 11
        Assert.That(Resolved("Mr. {Wang|PER} retired. {Jing Jie|PER} took over. He left."), Is.EqualTo(new[]
        {
            "Person Wang: Wang@1",
            "Person Jing Jie: Jing Jie@4 | He@9 Pronoun",
        }));
        // Mrs. 0 Lee 1 hired 2 Li 3 Na 4 . 5 He 6 agreed 7 . 8
        Assert.That(Resolved("Mrs. {Lee|PER} hired {Li Na|PER}. He agreed."), Is.EqualTo(new[]
        {
            "Person Lee: Lee@1",
            "Person Li Na: Li Na@3 | He@6 Pronoun",
        }));
    }

    [Test]
    public void APronounWithNoPersonInTheLastThreeSentencesStaysUnresolved() =>
        // He 0 began 1 . 2 John 3 Smith 4 left 5 . 6 Sales 7 fell 8 . 9 Costs 10 rose 11 . 12 Prices 13 held 14 . 15 He 16 said 17 so 18 . 19
        Assert.That(Resolved("He began. {John Smith|PER} left. Sales fell. Costs rose. Prices held. He said so."), Is.EqualTo(new[]
        {
            "Person John Smith: John Smith@3",
        }));

    [Test]
    public void AResolvedPronounCarriesThePersonForward() =>
        // John 0 Smith 1 left 2 . 3 Sales 4 fell 5 . 6 Costs 7 rose 8 . 9 He 10 said 11 so 12 . 13 Prices 14 held 15 . 16 His 17 plan 18 failed 19 . 20
        Assert.That(Resolved("{John Smith|PER} left. Sales fell. Costs rose. He said so. Prices held. His plan failed."), Is.EqualTo(new[]
        {
            "Person John Smith: John Smith@0 | He@10 Pronoun | His@17 Pronoun",
        }));

    [Test]
    public void OrganizationsByLeadingWordsLegalFormsInitialsAndPossessives() =>
        // American 0 Vision 1 Centers 2 Inc 3 and 4 International 5 Business 6 Machines 7 Corp 8 met 9 . 10
        // American 11 Vision 12 said 13 IBM 14 's 15 offer 16 and 17 American 18 Vision 19 Centers 20 ' 21 plan 22 differ 23 . 24
        Assert.That(Resolved("{American Vision Centers Inc|ORG} and {International Business Machines Corp|ORG} met. {American Vision|ORG} said {IBM's|ORG} offer and {American Vision Centers'|ORG} plan differ."),
            Is.EqualTo(new[]
            {
                "Organization American Vision Centers Inc: American Vision Centers Inc@0 | American Vision@11 ShortName | American Vision Centers'@18",
                "Organization International Business Machines Corp: International Business Machines Corp@5 | IBM's@14 ShortName",
            }));

    [Test]
    public void LeadingWordsNamedBeforeTheLongerNameAreAnotherOrganization() =>
        // Fiat 0 named 1 a 2 head 3 of 4 Fiat 5 Auto 6 . 7 Fiat 8 Auto 9 and 10 Fiat 11 agreed 12 . 13
        Assert.That(Resolved("{Fiat|ORG} named a head of {Fiat Auto|ORG}. {Fiat Auto|ORG} and {Fiat|ORG} agreed."), Is.EqualTo(new[]
        {
            "Organization Fiat: Fiat@0 | Fiat@11",
            "Organization Fiat Auto: Fiat Auto@5 | Fiat Auto@8",
        }));

    [Test]
    public void AnOrganizationIsNamedWithoutPunctuationAndWithAPossessiveOnlyForAOneWordNameWithNoOtherForm() =>
        // Moody 0 's 1 and 2 Office 3 of 4 Thrift 5 , 6 Acme 7 's 8 and 9 Acme 10 met 11 Lattice 12 Cloud 13 's 14 chief 15 . 16
        Assert.That(Resolved("{Moody's|ORG} and {Office of Thrift,|ORG} {Acme's|ORG} and {Acme|ORG} met {Lattice Cloud's|ORG} chief."), Is.EqualTo(new[]
        {
            "Organization Moody's: Moody's@0",
            "Organization Office of Thrift: Office of Thrift,@3",
            "Organization Acme: Acme's@7 | Acme@10",
            "Organization Lattice Cloud: Lattice Cloud's@12",
        }));

    [Test]
    public void AOneWordNameKeepsItsPossessiveWhenWrittenSoMoreOftenThanWithout() =>
        // Barrington 0 's 1 hired 2 Barrington 3 's 4 chief 5 for 6 the 7 Barrington 8 board 9 . 10
        Assert.That(Resolved("{Barrington's|ORG} hired {Barrington's|ORG} chief for the {Barrington|ORG} board."), Is.EqualTo(new[]
        {
            "Organization Barrington's: Barrington's@0 | Barrington's@3 | Barrington@8",
        }));

    [Test]
    public void AliasesAndLeadingWordsOfShortNames() =>
        // Ali 0 and 1 SAIC 2 talked 3 . 4 Alibaba 5 Group 6 and 7 SAIC 8 Motor 9 agreed 10 with 11 Tencent 12 Holdings 13 and 14 Tencent 15 . 16
        Assert.That(Resolved("{Ali|ORG} and {SAIC|ORG} talked. {Alibaba Group|ORG} and {SAIC Motor|ORG} agreed with {Tencent Holdings|ORG} and {Tencent|ORG}."),
            Is.EqualTo(new[]
            {
                "Organization Alibaba Group: Ali@0 ShortName | Alibaba Group@5",
                "Organization SAIC Motor: SAIC@2 ShortName | SAIC Motor@8",
                "Organization Tencent Holdings: Tencent Holdings@12 | Tencent@15 ShortName",
            }));

    [Test]
    public void AWholeNameIsNoShortFormOfALongerOne() =>
        // Salomon 0 Inc 1 owns 2 Salomon 3 Brothers 4 and 5 Lloyds 6 Bank 7 owns 8 Lloyds 9 Bank 10 Canada 11 . 12
        // Salomon 13 and 14 Anheuser-Busch 15 Cos 16 Inc 17 met 18 Anheuser-Busch 19 Inc 20 and 21 Foo 22 Co 23 Ltd 24 , 25 Foo 26 Co 27 and 28 Foo 29 . 30
        Assert.That(Resolved("{Salomon Inc|ORG} owns {Salomon Brothers|ORG} and {Lloyds Bank|ORG} owns {Lloyds Bank Canada|ORG}. {Salomon|ORG} and {Anheuser-Busch Cos Inc|ORG} met {Anheuser-Busch Inc|ORG} and {Foo Co Ltd|ORG}, {Foo Co|ORG} and {Foo|ORG}."),
            Is.EqualTo(new[]
            {
                "Organization Salomon Inc: Salomon Inc@0 | Salomon@13",
                "Organization Salomon Brothers: Salomon Brothers@3",
                "Organization Lloyds Bank: Lloyds Bank@6",
                "Organization Lloyds Bank Canada: Lloyds Bank Canada@9",
                "Organization Anheuser-Busch Cos Inc: Anheuser-Busch Cos Inc@15",
                "Organization Anheuser-Busch Inc: Anheuser-Busch Inc@19",
                "Organization Foo Co Ltd: Foo Co Ltd@22 | Foo Co@26 | Foo@29",
            }));

    [Test]
    public void DescriptionsJoinTheOrganizationLastNamed() =>
        // Acme 0 Corp 1 named 2 a 3 CEO 4 . 5 The 6 company 7 said 8 its 9 chief 10 executive 11 joins 12 the 13 holding 14 company 15 ,
        // 16 not 17 the 18 Japanese 19 automaker 20 or 21 its 22 unit 23 . 24
        Assert.That(Resolved("{Acme Corp|ORG} named a CEO. The company said its {chief executive|TITLE} joins the holding company, not the {Japanese|MISC} automaker or its unit."),
            Is.EqualTo(new[]
            {
                "Organization Acme Corp: Acme Corp@0 | The company@6 Description | its@9 Pronoun | the holding company@13 Description | the Japanese automaker@18 Description | its unit@22 Description",
            }));

    [Test]
    public void ADescriptionPrefersAnOrganizationWithItsNounAndANameRightAfterIt() =>
        // Deutsche 0 Bank 1 advised 2 Acme 3 . 4 The 5 bank 6 and 7 the 8 firm 9 , 10 Beta 11 Inc 12 , 13 agreed 14 . 15
        Assert.That(Resolved("{Deutsche Bank|ORG} advised {Acme|ORG}. The bank and the firm, {Beta Inc|ORG}, agreed."), Is.EqualTo(new[]
        {
            "Organization Deutsche Bank: Deutsche Bank@0 | The bank@5 Description",
            "Organization Acme: Acme@3",
            "Organization Beta Inc: the firm@8 Description | Beta Inc@11",
        }));

    [Test]
    public void ADescriptionJoinsTheOrganizationWhoseNameHasItsModifier() =>
        // Conasauga 0 Carpet 1 Mills 2 was 3 bought 4 by 5 Dixon 6 Corp 7 in 8 May 9 . 10 Dixon 11 named 12 Ann 13 Roe 14 . 15 The 16 carpet 17
        // maker 18 grew 19 . 20 Then 21 Acme 22 Inc 23 rose 24 . 25 Beta 26 Co 27 fell 28 . 29 Gamma 30 Co 31 fell 32 . 33 Delta 34 Co 35 fell 36 . 37
        // The 38 carpet 39 company 40 closed 41 . 42
        // Without the modifier each would join the subject of the latest sentence that names an organization (Dixon Corp,
        // Delta Co); out of the window, the one organization named before that has it.
        Assert.That(Resolved("{Conasauga Carpet Mills|ORG} was bought by {Dixon Corp|ORG} in May. {Dixon|ORG} named {Ann Roe|PER}. The carpet maker grew. "
                + "Then {Acme Inc|ORG} rose. {Beta Co|ORG} fell. {Gamma Co|ORG} fell. {Delta Co|ORG} fell. The carpet company closed."),
            Is.EqualTo(new[]
            {
                "Person Ann Roe: Ann Roe@13",
                "Organization Conasauga Carpet Mills: Conasauga Carpet Mills@0 | The carpet maker@16 Description | The carpet company@38 Description",
                "Organization Dixon Corp: Dixon Corp@6 | Dixon@11",
                "Organization Acme Inc: Acme Inc@22",
                "Organization Beta Co: Beta Co@26",
                "Organization Gamma Co: Gamma Co@30",
                "Organization Delta Co: Delta Co@34",
            }));

    [Test]
    public void AFirmsDescriptionPassesOverAPublicBody() =>
        // Acme 0 Corp 1 named 2 Ann 3 Roe 4 president 5 . 6 The 7 Securities 8 and 9 Exchange 10 Commission 11 approved 12 it 13 , 14 and 15
        // the 16 regulator 17 said 18 the 19 company 20 grew 21 . 22
        Assert.That(Resolved("{Acme Corp|ORG} named {Ann Roe|PER} president. The {Securities and Exchange Commission|ORG} approved it, and the regulator said the company grew."),
            Is.EqualTo(new[]
            {
                "Person Ann Roe: Ann Roe@3",
                "Organization Acme Corp: Acme Corp@0 | the company@19 Description",
                "Organization Securities and Exchange Commission: Securities and Exchange Commission@8 | the regulator@16 Description",
            }));

    [Test]
    public void AnOwnerBeforeTheOrganizationThatActsIsNoTopicButForTheGroup()
    {
        // Acme 0 Corp 1 's 2 subsidiary 3 , 4 Beta 5 Inc 6 , 7 said 8 its 9 president 10 quit 11 . 12
        Assert.That(Resolved("{Acme Corp|ORG}'s subsidiary, {Beta Inc|ORG}, said its {president|TITLE} quit."), Is.EqualTo(new[]
        {
            "Organization Acme Corp: Acme Corp@0",
            "Organization Beta Inc: Beta Inc@5 | its@9 Pronoun",
        }));
        // Acme 0 Corp 1 's 2 unit 3 , 4 Beta 5 Inc 6 , 7 cut 8 jobs 9 , 10 the 11 group 12 said 13 . 14
        Assert.That(Resolved("{Acme Corp|ORG}'s unit, {Beta Inc|ORG}, cut jobs, the group said."), Is.EqualTo(new[]
        {
            "Organization Acme Corp: Acme Corp@0 | the group@11 Description",
            "Organization Beta Inc: Beta Inc@5",
        }));
    }

    [Test]
    public void ADescriptionJoinsTheOrganizationWhoseAppositiveHasItsModifier() =>
        // Hanbit 0 Energy 1 Solutions 2 , 3 the 4 battery-making 5 arm 6 of 7 Hanbit 8 Group 9 , 10 named 11 a 12 chief 13 . 14
        // Hanbit 15 Chemical 16 spun 17 it 18 off 19 . 20 The 21 battery 22 maker 23 grew 24 . 25
        // By the subject of the latest sentence it would be Hanbit Chemical.
        Assert.That(Resolved("{Hanbit Energy Solutions|ORG}, the battery-making arm of {Hanbit Group|ORG}, named a chief. {Hanbit Chemical|ORG} spun it off. The battery maker grew."),
            Is.EqualTo(new[]
            {
                "Organization Hanbit Energy Solutions: Hanbit Energy Solutions@0 | The battery maker@21 Description",
                "Organization Hanbit Group: Hanbit Group@8",
                "Organization Hanbit Chemical: Hanbit Chemical@15",
            }));

    [Test]
    public void ADescriptionJoinsTheSubjectOfTheLatestSentenceThatNamesAnOrganization() =>
        // Acme 0 Inc 1 said 2 it 3 owes 4 Beta 5 Corp 6 money 7 . 8 The 9 company 10 asked 11 the 12 Gamma 13 Agency 14 to 15 help 16 . 17
        // Later 18 , 19 the 20 company 21 named 22 a 23 chief 24 . 25
        Assert.That(Resolved("{Acme Inc|ORG} said it owes {Beta Corp|ORG} money. The company asked the {Gamma Agency|ORG} to help. Later, the company named a chief."),
            Is.EqualTo(new[]
            {
                "Organization Acme Inc: Acme Inc@0 | The company@9 Description | the company@20 Description",
                "Organization Beta Corp: Beta Corp@5",
                "Organization Gamma Agency: Gamma Agency@13",
            }));

    [Test]
    public void ADescriptionPassesOverAnEmployerNamedAfterATitle() =>
        // Acme 0 Corp 1 named 2 directors 3 . 4 They 5 are 6 Eve 7 Lee 8 , 9 president 10 of 11 the 12 Lakeshore 13 Foundation 14 . 15
        // The 16 company 17 grew 18 . 19 Ann 20 Roe 21 , 22 chairman 23 of 24 Beta 25 Inc 26 , 27 spoke 28 . 29 The 30 firm 31 rose 32 . 33
        Assert.That(Resolved("{Acme Corp|ORG} named directors. They are {Eve Lee|PER}, {president|TITLE} of the {Lakeshore Foundation|ORG}. The company grew. "
                + "{Ann Roe|PER}, {chairman|TITLE} of {Beta Inc|ORG}, spoke. The firm rose."),
            Is.EqualTo(new[]
            {
                "Person Eve Lee: Eve Lee@7", "Person Ann Roe: Ann Roe@20",
                "Organization Acme Corp: Acme Corp@0 | The company@16 Description | The firm@30 Description",
                "Organization Lakeshore Foundation: Lakeshore Foundation@13",
                "Organization Beta Inc: Beta Inc@25",
            }));

    [Test]
    public void ASubjectNamedAgainAsAnEmployerInItsSentenceStaysTheTopic() =>
        // Acme 0 Corp 1 , 2 formed 3 from 4 Beta 5 Inc 6 , 7 named 8 Eve 9 Lee 10 president 11 of 12 Acme 13 . 14 The 15 company 16 grew 17 . 18
        Assert.That(Resolved("{Acme Corp|ORG}, formed from {Beta Inc|ORG}, named {Eve Lee|PER} {president|TITLE} of {Acme|ORG}. The company grew."),
            Is.EqualTo(new[]
            {
                "Person Eve Lee: Eve Lee@9",
                "Organization Acme Corp: Acme Corp@0 | Acme@13 | The company@15 Description",
                "Organization Beta Inc: Beta Inc@5",
            }));

    [Test]
    public void AShortFormOfTwoOrganizationsStandsForTheOneNamedFirst() =>
        // Kessler 0 Instruments 1 Corp 2 formed 3 the 4 Kessler 5 Medical 6 Systems 7 division 8 . 9 Kessler 10 makes 11 monitors 12 . 13
        Assert.That(Resolved("{Kessler Instruments Corp|ORG} formed the {Kessler Medical Systems|ORG} division. {Kessler|ORG} makes monitors."), Is.EqualTo(new[]
        {
            "Organization Kessler Instruments Corp: Kessler Instruments Corp@0 | Kessler@10 ShortName",
            "Organization Kessler Medical Systems: Kessler Medical Systems@5",
        }));

    [Test]
    public void FarFromAnyNameADescriptionJoinsTheMainOrganization() =>
        // Beta 0 Inc 1 sued 2 Acme 3 Corp 4 again 5 . 6 Acme 7 fell 8 . 9 Sales 10 fell 11 . 12 Costs 13 rose 14 . 15 Prices 16 held 17 . 18
        // The 19 company 20 said 21 so 22 . 23
        Assert.That(Resolved("{Beta Inc|ORG} sued {Acme Corp|ORG} again. {Acme|ORG} fell. Sales fell. Costs rose. Prices held. The company said so."), Is.EqualTo(new[]
        {
            "Organization Beta Inc: Beta Inc@0",
            "Organization Acme Corp: Acme Corp@3 | Acme@7 | The company@19 Description",
        }));

    [Test]
    public void AGenericWordTakenForANameIsADescription() =>
        // Acme 0 Corp 1 ( 2 the 3 " 4 Company 5 " 6 ) 7 elected 8 a 9 chairman 10 . 11 The 12 Company 13 said 14 so 15 . 16
        Assert.That(Resolved("{Acme Corp|ORG} (the \"{Company|ORG}\") elected a chairman. {The Company|ORG} said so."), Is.EqualTo(new[]
        {
            "Organization Acme Corp: Acme Corp@0 | The Company@12 Description",
        }));

    [Test]
    public void AnEnglishGivenNameBeforeAChineseNameLeavesTheSurnameInTheMiddle() =>
        // Vivian 0 Lam 1 Wing-yee 2 met 3 Mary 4 Ann 5 Smith-Jones 6 . 7 Ms. 8 Lam 9 , 10 Lam 11 Wing-yee 12 and 13 Ann 14 agreed 15 . 16
        Assert.That(Resolved("{Vivian Lam Wing-yee|PER} met {Mary Ann Smith-Jones|PER}. {Ms. Lam|PER}, {Lam Wing-yee|PER} and {Ann|PER} agreed."), Is.EqualTo(new[]
        {
            "Person Vivian Lam Wing-yee: Vivian Lam Wing-yee@0 | Ms. Lam@8 ShortName | Lam Wing-yee@11 ShortName",
            "Person Mary Ann Smith-Jones: Mary Ann Smith-Jones@4",
            "Person Ann: Ann@14",
        }));

    [Test]
    public void ABoardIsNoOrganizationAndADefinedTermStandsForTheNameItDefines() =>
        // Jiahe 0 Holdings 1 Limited 2 ( 3 嘉禾控股 4 , 5 " 6 the 7 Company 8 " 9 ) 10 said 11 the 12 Board 13 met 14 . 15
        // The 16 Stock 17 Exchange 18 listed 19 the 20 Company 21 . 22 The 23 Board 24 of 25 Directors 26 thanks 27 the 28 Company 29 . 30
        Assert.That(Resolved("{Jiahe Holdings Limited|ORG} (嘉禾控股, \"the Company\") said the {Board|ORG} met. {The Stock Exchange|ORG} listed the {Company.|ORG} "
            + "{The Board of Directors|ORG} thanks the {Company|ORG}."), Is.EqualTo(new[]
        {
            "Organization Jiahe Holdings Limited: Jiahe Holdings Limited@0 | the Company@7 Description | the Company@20 Description | the Company@28 Description",
            "Organization The Stock Exchange: The Stock Exchange@16",
        }));

    [Test]
    public void WithoutADefinitionTheCompanyIsTheLatestSubject() =>
        // Acme 0 Corp 1 grew 2 . 3 Beta 4 Inc 5 listed 6 the 7 Company 8 . 9
        Assert.That(Resolved("{Acme Corp|ORG} grew. {Beta Inc|ORG} listed the {Company|ORG}."), Is.EqualTo(new[]
        {
            "Organization Acme Corp: Acme Corp@0",
            "Organization Beta Inc: Beta Inc@4 | the Company@7 Description",
        }));

    [Test]
    public void TheNameAfterALeadWordStandsForTheWholeWhenNoOtherNameFits() =>
        // Maison 0 Verlaine 1 and 2 Banco 3 de 4 Ribera 5 met 6 Lestrade 7 Group 8 and 9 Maison 10 Lestrade 11 . 12
        // Verlaine 13 , 14 Ribera 15 and 16 Lestrade 17 agreed 18 . 19
        Assert.That(Resolved("{Maison Verlaine|ORG} and {Banco de Ribera|ORG} met {Lestrade Group|ORG} and {Maison Lestrade|ORG}. {Verlaine|ORG}, {Ribera|ORG} and {Lestrade|ORG} agreed."),
            Is.EqualTo(new[]
            {
                "Organization Maison Verlaine: Maison Verlaine@0 | Verlaine@13 ShortName",
                "Organization Banco de Ribera: Banco de Ribera@3 | Ribera@15 ShortName",
                "Organization Lestrade Group: Lestrade Group@7 | Lestrade@17 ShortName",
                "Organization Maison Lestrade: Maison Lestrade@10",
            }));

    [TestCase("The company said {Acme Corp|ORG} grew.")]
    [TestCase("{Acme Corp|ORG} grew. The parent company and the other firm and the group of investors and the companies agreed.")]
    [TestCase("{Acme Corp|ORG} grew and {John Smith|PER}'s company and a company agreed.")]
    public void NoDescriptionBeforeAnyOrganizationOrForAnotherOne(string markup) =>
        Assert.That(Resolved(markup).Where(e => e.StartsWith("Organization")), Is.EqualTo(new[] { "Organization Acme Corp: Acme Corp@" + (markup.StartsWith("The") ? "3" : "0") }));

    [Test]
    public void AParagraphThroughTheProductStages()
    {
        var document = new Document("p",
            "Harbor Lights Technologies Inc said on Tuesday that it had named Daniel K. Whitfield its chief executive officer. "
            + "Mr. Whitfield, 52, joins from Northwind Freight, where he ran operations in Asia. He replaces Maria Okafor, who left "
            + "Harbor Lights in March. The company said she would stay on as an adviser to Whitfield. Shares of HLT rose 4 percent.");
        CareerPipeline.CreateMentionStages().Process(document);
        Stage.Process(document);
        Assert.That(Entities(document), Is.EqualTo(new[]
        {
            "Person Daniel K. Whitfield: Daniel K. Whitfield@11 | Mr. Whitfield@19 ShortName | he@30 Pronoun | He@36 Pronoun | Whitfield@59 ShortName",
            "Person Maria Okafor: Maria Okafor@38 | she@51 Pronoun",
            "Organization Harbor Lights Technologies Inc: Harbor Lights Technologies Inc@0 | its@14 Pronoun | Harbor Lights@43 ShortName "
                + "| The company@48 Description | HLT@63 ShortName",
            "Organization Northwind Freight: Northwind Freight@26",
        }));
    }
}
