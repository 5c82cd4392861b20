using System.Text;
using Pipeline.Documents;
using Pipeline.Entities;
using Pipeline.Text;

namespace Pipeline.Tests.Entities;

/// <summary>The organization-forms stage on text whose tagger mentions are given as "{words|TYPE}" (PER, ORG, LOC, MISC, TITLE).</summary>
public class OrganizationFormsTests
{
    private static readonly Abbreviations Abbreviations = Abbreviations.Load();
    private static readonly Tokenizer Tokenizer = new(Abbreviations);
    private static readonly SentenceSplitter Splitter = new(Abbreviations, Lexicon.ReadLines(Lexicon.PathOf("sentence-starters.txt")));
    private static readonly OrganizationForms Forms = OrganizationForms.Load();

    private static readonly Dictionary<string, MentionType> Types = new()
    {
        ["PER"] = MentionType.Person, ["ORG"] = MentionType.Organization, ["LOC"] = MentionType.Location, ["MISC"] = MentionType.Misc,
        ["TITLE"] = MentionType.Title,
    };

    /// <summary>The text tokenized and split as the pipeline does, with the marked mentions as the tagger's.</summary>
    internal static Document Tagged(string markup)
    {
        var text = new StringBuilder();
        var marked = new List<(int Start, int End, MentionType Type)>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (markup[i] != '{') { text.Append(markup[i]); continue; }
            int bar = markup.IndexOf('|', i), close = markup.IndexOf('}', bar);
            int start = text.Length;
            text.Append(markup, i + 1, bar - i - 1);
            marked.Add((start, text.Length, Types[markup[(bar + 1)..close]]));
            i = close;
        }
        var document = new Document("d", text.ToString());
        Tokenizer.Process(document);
        Splitter.Process(document);
        foreach (var (start, end, type) in marked)
        {
            int first = document.Tokens.FindIndex(t => t.Start == start), last = document.Tokens.FindIndex(t => t.End == end);
            Assert.That(first >= 0 && last >= first, $"mention [{start}, {end}) is not on token boundaries");
            var span = new TextSpan(start, end);
            document.Mentions.Add(new Mention(span, type, document.TextOf(span), first, last + 1));
        }
        return document;
    }

    /// <summary>The mentions after the stage, as "TYPE text@first-end"; checks that they are sorted and do not overlap.</summary>
    private static string[] Mentions(string markup)
    {
        var document = Tagged(markup);
        Forms.Process(document);
        for (int i = 1; i < document.Mentions.Count; i++)
            Assert.That(document.Mentions[i].FirstToken, Is.GreaterThanOrEqualTo(document.Mentions[i - 1].EndToken), "mentions sorted, without overlaps");
        return document.Mentions.Select(m => $"{m.Type} {m.Text}@{m.FirstToken}-{m.EndToken}").ToArray();
    }

    [Test]
    public void ALegalFormExtendsTheTaggersOrganization() =>
        // Acme 0 Holdings 1 Inc 2 said 3 profits 4 rose 5 . 6
        Assert.That(Mentions("{Acme Holdings|ORG} Inc said profits rose."), Is.EqualTo(new[] { "Organization Acme Holdings Inc@0-3" }));

    [Test]
    public void LegalFormsChainAndMakeANameWithoutTheTagger() =>
        // Shares 0 of 1 Foo 2 Co. 3 , 4 Ltd. 5 and 6 Beta 7 Group 8 Holding 9 Ltd 10 rose 11 . 12
        Assert.That(Mentions("Shares of Foo Co., Ltd. and Beta Group Holding Ltd rose."), Is.EqualTo(new[]
        {
            "Organization Foo Co., Ltd.@2-6", "Organization Beta Group Holding Ltd@7-11",
        }));

    [Test]
    public void APersonOrPlaceThatHoldsALegalFormIsAnOrganization() =>
        // Foo 0 Co. 1 hired 2 him 3 from 4 Baoshan 5 Iron 6 and 7 Steel 8 Co 9 in 10 May 11 . 12
        Assert.That(Mentions("{Foo Co.|PER} hired him from {Baoshan Iron and Steel Co|LOC} in May."), Is.EqualTo(new[]
        {
            "Organization Foo Co.@0-2", "Organization Baoshan Iron and Steel Co@5-10",
        }));

    [Test]
    public void HeadWordsAfterAName() =>
        // He 0 left 1 Mitsubishi 2 Motors 3 for 4 Siemens 5 AG 6 and 7 Acme 8 Technologies 9 . 10
        Assert.That(Mentions("He left Mitsubishi Motors for {Siemens|ORG} AG and {Acme|PER} Technologies."), Is.EqualTo(new[]
        {
            "Organization Mitsubishi Motors@2-4", "Organization Siemens AG@5-7", "Organization Acme Technologies@8-10",
        }));

    [Test]
    public void NamesJoinedByAnAmpersandAreAFirm() =>
        // She 0 left 1 Albrecht 2 & 3 Roth 4 and 5 Marks 6 & 7 Spencer 8 for 9 Brennan 10 Hydraulics 11 . 12
        Assert.That(Mentions("She left {Albrecht &|ORG} {Roth|PER} and Marks & {Spencer|PER} for {Brennan Hydraulics|PER}."), Is.EqualTo(new[]
        {
            "Organization Albrecht & Roth@2-5", "Organization Marks & Spencer@6-9", "Organization Brennan Hydraulics@10-12",
        }));

    [Test]
    public void BankOfAPlaceIsAnOrganization() =>
        // He 0 joined 1 Bank 2 of 3 Tokyo 4 and 5 the 6 Royal 7 Bank 8 of 9 Scotland 10 . 11
        Assert.That(Mentions("He joined {Bank of Tokyo|LOC} and the Royal Bank of {Scotland|LOC}."), Is.EqualTo(new[]
        {
            "Organization Bank of Tokyo@2-5", "Organization Royal Bank of Scotland@7-11",
        }));

    [Test]
    public void AnOfNameTakesASecondFieldAfterAndButNotAnotherOrganization() =>
        // He 0 joined 1 the 2 Ministry 3 of 4 Commerce 5 and 6 Industry 7 , 8 not 9 Bank 10 of 11 America 12 and 13 Citigroup 14 ; 15
        // she 16 left 17 the 18 Department 19 of 20 Minerals 21 and 22 Energy 23 . 24
        Assert.That(Mentions("He joined the {Ministry of Commerce|ORG} and Industry, not {Bank of America|ORG} and {Citigroup|ORG}; she left the {Department of Minerals|ORG} and Energy."),
            Is.EqualTo(new[]
            {
                "Organization Ministry of Commerce and Industry@3-8", "Organization Bank of America@10-13", "Organization Citigroup@14-15",
                "Organization Department of Minerals and Energy@19-24",
            }));

    [TestCase("Bank shares fell and the Bank said so.")]
    [TestCase("Group sales rose.")]
    [TestCase("The Group said profits rose.")]
    [TestCase("On Monday Group sales rose at the bank of the river.")]
    public void AHeadWordAloneIsNoOrganization(string text) => Assert.That(Mentions(text), Is.Empty);

    [Test]
    public void APlaceNamedByADirectionAndAHeadWordStaysAPlaceButOtherPlacesWithAHeadWordAreOrganizations() =>
        // Talks 0 on 1 the 2 West 3 Bank 4 resumed 5 ; 6 Nilgiri 7 Bank 8 and 9 Platte 10 Valley 11 Electric 12 Cooperative 13 lent 14 . 15
        Assert.That(Mentions("Talks on the {West Bank|LOC} resumed; {Nilgiri Bank|LOC} and {Platte Valley Electric Cooperative|LOC} lent."),
            Is.EqualTo(new[] { "Location West Bank@3-5", "Organization Nilgiri Bank@7-9", "Organization Platte Valley Electric Cooperative@10-14" }));

    [Test]
    public void DatesAndSentenceOpenersStartNoName() =>
        // On 0 Monday 1 Acme 2 Inc 3 said 4 The 5 Carlyle 6 Group 7 bid 8 . 9
        Assert.That(Mentions("On Monday Acme Inc said The Carlyle Group bid."), Is.EqualTo(new[]
        {
            "Organization Acme Inc@2-4", "Organization Carlyle Group@6-8",
        }));

    [Test]
    public void ATickerConfirmsTheNameBeforeItAndIsNoName() =>
        // American 0 Vision 1 Centers 2 Inc 3 < 4 AMVC.O 5 > 6 said 7 Kay 8 Corp 9 < 10 KAY.N 11 > 12 , 13
        // Acme 14 ( 15 NYSE 16 : 17 ABC 18 ) 19 and 20 Tencent 21 ( 22 0700.HK 23 ) 24 agreed 25 . 26
        Assert.That(Mentions("American Vision Centers Inc <AMVC.O> said {Kay Corp <KAY.N|LOC}>, {Acme|PER} ({NYSE|ORG}: {ABC|ORG}) and Tencent (0700.HK) agreed."),
            Is.EqualTo(new[]
            {
                "Organization American Vision Centers Inc@0-4", "Organization Kay Corp@8-10", "Organization Acme@14-15", "Organization Tencent@21-22",
            }));

    [Test]
    public void AMentionRunningOutOfATickerKeepsTheNameAfterIt() =>
        // Acme 0 < 1 ACM.O 2 > 3 named 4 Dr. 5 Ann 6 Lee 7 president 8 . 9
        Assert.That(Mentions("Acme <{ACM.O> named Dr. Ann|PER} Lee president."), Is.EqualTo(new[]
        {
            "Organization Acme@0-1", "Person Ann@6-7",
        }));

    [Test]
    public void ANameInAngleBracketsIsAnOrganization() =>
        // < 0 Hambrecht 1 and 2 Quist 3 Group 4 > 5 said 6 < 7 Rapid-American 8 Corp 9 's 10 > 11 chief 12 left 13 . 14
        Assert.That(Mentions("{<Hambrecht|PER} and {Quist Group|ORG}> said <Rapid-American Corp's> chief left."), Is.EqualTo(new[]
        {
            "Organization Hambrecht and Quist Group@1-5", "Organization Rapid-American Corp@8-10",
        }));

    [Test]
    public void ANamedPartAfterAPossessiveIsAnOrganization() =>
        // IBM 0 's 1 Data 2 Systems 3 Division 4 and 5 the 6 company 7 's 8 Semiconductor 9 unit 10 grew 11 , 12
        // but 13 its 14 US 15 subsidiary 16 did 17 not 18 . 19
        Assert.That(Mentions("{IBM|ORG}'s {Data Systems Division|MISC} and the company's Semiconductor unit grew, but its {US|LOC} subsidiary did not."),
            Is.EqualTo(new[]
            {
                "Organization IBM@0-1", "Organization Data Systems Division@2-5", "Organization Semiconductor@9-10", "Location US@15-16",
            }));

    [Test]
    public void AndJoinsATradesCommonNounsBeforeALegalFormButNotTwoNames() =>
        // Gasconade 0 Paint 1 and 2 Varnish 3 Co 4 told 5 Miramichi 6 Pulp 7 and 8 Paper 9 Inc 10 about 11 Merrill 12 Lynch 13 and 14 Salomon 15 Inc 16 today 17 . 18
        Assert.That(Mentions("{Gasconade Paint|ORG} and {Varnish Co|ORG} told {Miramichi Pulp|PER} and {Paper Inc|ORG} about {Merrill Lynch|ORG} and {Salomon Inc|ORG} today."),
            Is.EqualTo(new[]
            {
                "Organization Gasconade Paint and Varnish Co@0-5", "Organization Miramichi Pulp and Paper Inc@6-11", "Organization Merrill Lynch@12-14",
                "Organization Salomon Inc@15-17",
            }));

    [Test]
    public void AndJoinsSingleWordsAndCoButNotTwoNames() =>
        // Woodward 0 and 1 Lothrop 2 Inc 3 , 4 Johnson 5 Lane 6 Space 7 Smith 8 and 9 Co 10 Inc 11 , 12
        // Microsoft 13 and 14 Apple 15 Inc 16 and 17 Germany 18 and 19 Bayer 20 AG 21 agreed 22 . 23
        Assert.That(Mentions("{Woodward|PER} and {Lothrop Inc|ORG}, {Johnson Lane|PER} Space {Smith|PER} and {Co Inc|ORG}, {Microsoft|ORG} and Apple Inc and {Germany|LOC} and Bayer AG agreed."),
            Is.EqualTo(new[]
            {
                "Organization Woodward and Lothrop Inc@0-4", "Organization Johnson Lane Space Smith and Co Inc@5-12", "Organization Microsoft@13-14",
                "Organization Apple Inc@15-17", "Location Germany@18-19", "Organization Bayer AG@20-22",
            }));

    [Test]
    public void PartnersNamesBeforeAndCoAndACommaBeforeALegalFormBelongToTheName() =>
        // He 0 joined 1 Anderson 2 , 3 Benjamin 4 , 5 Read 6 and 7 Haney 8 Inc 9 and 10 Kinetix 11 Biologics 12 , 13 Inc. 14 ; 15
        // IBM 16 , 17 Apple 18 Corp 19 fell 20 . 21
        Assert.That(Mentions("He joined {Anderson|LOC}, {Benjamin|PER}, Read and {Haney|PER} Inc and {Kinetix Biologics|ORG}, Inc.; {IBM|ORG}, Apple Corp fell."),
            Is.EqualTo(new[]
            {
                "Organization Anderson, Benjamin, Read and Haney Inc@2-10", "Organization Kinetix Biologics, Inc.@11-15",
                "Organization IBM@16-17", "Organization Apple Corp@18-20",
            }));

    [Test]
    public void AFormThatStartsBeforeTheTaggersNameTakesItsEnd() =>
        // Imad 0 Bata 1 of 2 Finance 3 and 4 Credit 5 Corp 6 of 7 Jordan 8 was 9 elected 10 . 11
        Assert.That(Mentions("{Imad Bata|PER} of Finance and {Credit Corp of Jordan|ORG} was elected."), Is.EqualTo(new[]
        {
            "Person Imad Bata@0-2", "Organization Finance and Credit Corp of Jordan@3-9",
        }));

    [Test]
    public void ALeadWordOpensAName() =>
        // She 0 left 1 Grupo 2 Ferrán 3 for 4 Banco 5 del 6 Tajo 7 and 8 Maison 9 ; 10 Conserveries 11 de 12 la 13 Manche 14 SA 15 grew 16 . 17
        Assert.That(Mentions("She left {Grupo Ferrán|PER} for Banco del {Tajo|LOC} and Maison; {Conserveries de la Manche|PER} SA grew."), Is.EqualTo(new[]
        {
            "Organization Grupo Ferrán@2-4", "Organization Banco del Tajo@5-8", "Organization Conserveries de la Manche SA@11-16",
        }));

    [Test]
    public void APossessiveJoinsAOneWordNameButNotAPersonsFullName() =>
        // Paul 0 's 1 Place 2 Inc 3 hired 4 John 5 Smith 6 's 7 Acme 8 Holdings 9 . 10
        Assert.That(Mentions("{Paul|PER}'s {Place Inc|ORG} hired {John Smith|PER}'s Acme Holdings."), Is.EqualTo(new[]
        {
            "Organization Paul's Place Inc@0-4", "Person John Smith@5-7", "Organization Acme Holdings@8-10",
        }));

    [Test]
    public void GluedPunctuationAndLowerCaseStartsBelongToTheName() =>
        // M 0 / 1 A-Com 2 Inc 3 bought 4 eBay 5 Inc. 6 and 7 Boston-based 8 Granite 9 Insurance 10 Co. 11
        Assert.That(Mentions("M/{A-Com Inc|ORG} bought eBay Inc. and {Boston-based|MISC} Granite Insurance Co."), Is.EqualTo(new[]
        {
            "Organization M/A-Com Inc@0-4", "Organization eBay Inc.@5-7", "Misc Boston-based@8-9", "Organization Granite Insurance Co.@9-12",
        }));

    [Test]
    public void TitleCasedHeadlinesAndCapitalsAreLeftToTheTagger()
    {
        Assert.That(Mentions("Peugeot Deal Boosts Mitsubishi Motors Group Shares"), Is.Empty);
        Assert.That(Mentions("ACME HOLDINGS INC NAMES NEW CHIEF"), Is.Empty);
    }

    [Test]
    public void ALegalFormEndsATaggerNameThatRunsOnAndSavingsAndLoanIsOneName() =>
        // Pemberton 0 Industrial 1 plc 2 on 3 Thursday 4 bought 5 Benchmark 6 Savings 7 and 8 Loan 9 Association 10 . 11
        Assert.That(Mentions("{Pemberton Industrial plc on Thursday|ORG} bought {Benchmark Savings|ORG} and Loan Association."), Is.EqualTo(new[]
        {
            "Organization Pemberton Industrial plc@0-3", "Organization Benchmark Savings and Loan Association@6-11",
        }));

    [Test]
    public void AnOrganizationThatOpensWithMrIsAPersonUnlessItsFormSaysOtherwise() =>
        // Mr 0 Marchionne 1 met 2 Dr. 3 Reddy 4 's 5 Laboratories 6 and 7 Mr. 8 Steak 9 Inc 10 staff 11 . 12
        Assert.That(Mentions("{Mr Marchionne|ORG} met {Dr. Reddy's Laboratories|ORG} and {Mr. Steak Inc|ORG} staff."), Is.EqualTo(new[]
        {
            "Person Mr Marchionne@0-2", "Organization Dr. Reddy's Laboratories@3-7", "Organization Mr. Steak Inc@8-11",
        }));

    [Test]
    public void AnyNameThatOpensWithAnHonorificIsAPerson() =>
        // Mr. 0 Lam 1 Chi 2 Fai 3 , 4 Professor 5 Leung 6 Ka 7 Wai 8 and 9 Sir 10 Gordon 11 Rennison 12 met 13 Dr 14 Pepper 15 Group 16 . 17
        Assert.That(Mentions("{Mr. Lam Chi Fai|MISC}, {Professor Leung Ka Wai|ORG} and {Sir Gordon Rennison|LOC} met {Dr Pepper Group|MISC}."), Is.EqualTo(new[]
        {
            "Person Mr. Lam Chi Fai@0-4", "Person Professor Leung Ka Wai@5-9", "Person Sir Gordon Rennison@10-13", "Misc Dr Pepper Group@14-17",
        }));

    [Test]
    public void ANameRunOverAStrayQuoteOrBracketIsCutThereAndFunctionWordsAreNoName() =>
        // The 0 board 1 ( 2 the 3 " 4 Board 5 " 6 ) 7 of 8 Bank 9 of 10 Yuzhou 11 Co. 12 , 13 Ltd. 14 met 15 OF 16 and 17 Hong 18 Kong 19 ( 20 China 21 ) 22 Ltd 23 staff 24 . 25
        Assert.That(Mentions("The board (the \"{Board\") of Bank|ORG} of {Yuzhou|ORG} Co., {Ltd.|ORG} met {OF|ORG} and {Hong Kong (China) Ltd|ORG} staff."), Is.EqualTo(new[]
        {
            "Organization Board@5-6", "Organization Bank of Yuzhou Co., Ltd.@9-15", "Organization Hong Kong (China) Ltd@18-24",
        }));

    [Test]
    public void ANameRunOverASemicolonIsCutThere() =>
        // Margaret 0 Thorsen 1 , 2 president 3 of 4 the 5 Thorsen 6 Foundation 7 ; 8 Samuel 9 Ekwueme 10 , 11 a 12 dean 13 . 14
        Assert.That(Mentions("{Margaret Thorsen|PER}, president of the {Thorsen Foundation; Samuel Ekwueme|ORG}, a dean."), Is.EqualTo(new[]
        {
            "Person Margaret Thorsen@0-2", "Organization Thorsen Foundation@6-8", "Organization Samuel Ekwueme@9-11",
        }));

    [Test]
    public void ALoneHonorificOpensThePersonAfterIt() =>
        // Ms 0 Mohd-Saaid 1 left 2 ; 3 Mr 4 Lee 5 Wong 6 stayed 7 and 8 Dr 9 spoke 10 . 11
        Assert.That(Mentions("{Ms|ORG} Mohd-Saaid left; {Mr|ORG} {Lee Wong|PER} stayed and {Dr|ORG} spoke."), Is.EqualTo(new[]
        {
            "Person Ms Mohd-Saaid@0-2", "Person Mr Lee Wong@4-7", "Organization Dr@9-10",
        }));

    [Test]
    public void AnOrganizationThatRunsOnIntoAPersonNamedElsewhereIsSplit() =>
        // The 0 aerospace 1 group 2 EADS 3 Philippe 4 Camus 5 is 6 to 7 leave 8 . 9 Mr 10 Camus 11 agreed 12 ; 13 Morgan 14 Grenfell 15 Stanley 16 did 17 not 18 . 19
        Assert.That(Mentions("The aerospace group {EADS Philippe Camus|ORG} is to leave. {Mr Camus|PER} agreed; {Morgan Grenfell Stanley|ORG} did not."), Is.EqualTo(new[]
        {
            "Organization EADS@3-4", "Person Philippe Camus@4-6", "Person Mr Camus@10-12", "Organization Morgan Grenfell Stanley@14-17",
        }));

    [Test]
    public void ANameWithParticlesOrABracketedRegionBeforeItsLegalFormIsOneOrganization() =>
        // The 0 utility 1 Electra 2 del 3 Segura 4 SA 5 hired 6 a 7 banker 8 from 9 Kingsbridge 10 Securities 11 ( 12 Asia 13 ) 14 Limited 15
        // and 16 another 17 from 18 Whampoa 19 ( 20 Hong 21 Kong 22 ) 23 Ltd 24 in 25 May 26 . 27
        Assert.That(Mentions("The utility {Electra del Segura|PER} {SA|ORG} hired a banker from {Kingsbridge Securities|ORG} ({Asia|LOC}) Limited and another from Whampoa ({Hong Kong|LOC}) Ltd in May."),
            Is.EqualTo(new[]
            {
                "Organization Electra del Segura SA@2-6", "Organization Kingsbridge Securities (Asia) Limited@10-16", "Organization Whampoa (Hong Kong) Ltd@19-25",
            }));

    [Test]
    public void ABracketedRegionOfThreeWordsBeforeTheLegalFormJoinsAnUntaggedName() =>
        // He 0 joined 1 Whampoa 2 ( 3 South 4 East 5 Asia 6 ) 7 Ltd 8 in 9 May 10 . 11
        Assert.That(Mentions("He joined Whampoa ({South East Asia|LOC}) Ltd in May."), Is.EqualTo(new[] { "Organization Whampoa (South East Asia) Ltd@2-9" }));

    [Test]
    public void ALegalFormTakesTheTaggersNameThatRunsUpToIt() =>
        // He 0 left 1 Purcell 2 , 3 Dane 4 and 5 Co. 6 for 7 Wolverine 8 Axle 9 and 10 Gear 11 Co 12 in 13 May 14 . 15
        // The tagger's "Purcell, Dane" opens the partners' names; its place "Wolverine Axle and Gear" is the name before "Co".
        Assert.That(Mentions("He left {Purcell, Dane|ORG} and Co. for {Wolverine Axle and Gear|LOC} Co in May."), Is.EqualTo(new[]
        {
            "Organization Purcell, Dane and Co.@2-7", "Organization Wolverine Axle and Gear Co@8-13",
        }));

    [Test]
    public void ANamedPartAfterAPossessiveIsAnOrganizationWhateverTheTaggerSaid() =>
        // He 0 left 1 its 2 Chas. 3 P. 4 Young 5 subsidiary 6 ; 7 Young 8 grew 9 in 10 its 11 Italian 12 unit 13 . 14
        // "Chas." is a given name written short, not a sentence's end; the tagger's Misc on the part and its Person
        // "Young" elsewhere (whose surname would split the name) leave it an organization; a nationality names no part.
        Assert.That(Mentions("He left its {Chas. P. Young|MISC} subsidiary; {Young|PER} grew in its {Italian|MISC} unit."), Is.EqualTo(new[]
        {
            "Organization Chas. P. Young@3-6", "Person Young@8-9", "Misc Italian@12-13",
        }));

    [Test]
    public void AMonthThatOpensASentenceBeforeANameIsPartOfItAndAUnitNounWithThePeriodIsNot() =>
        // May 0 Department 1 Stores 2 Co 3 left 4 its 5 Mellon 6 Bank 7 subsidiary 8 . 9 In 10 May 11 Acme 12 Inc 13 grew 14 . 15
        Assert.That(Mentions("May Department Stores Co left its {Mellon Bank subsidiary.|ORG} In May {Acme|ORG} Inc grew."), Is.EqualTo(new[]
        {
            "Organization May Department Stores Co@0-4", "Organization Mellon Bank@6-8", "Organization Acme Inc@12-14",
        }));
}
