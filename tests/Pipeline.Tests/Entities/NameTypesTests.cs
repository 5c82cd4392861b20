using Pipeline.Entities;

namespace Pipeline.Tests.Entities;

/// <summary>The name-types stage on text whose tagger mentions are given as "{words|TYPE}".</summary>
public class NameTypesTests
{
    private static readonly NameTypes Stage = NameTypes.Load();

    private static string[] Types(string markup)
    {
        var document = OrganizationFormsTests.Tagged(markup);
        Stage.Process(document);
        return document.Mentions.Select(m => $"{m.Type} {m.Text}").ToArray();
    }

    private static TestCaseData Case(string name, string markup, params string[] expected) => new TestCaseData(markup, expected).SetName(name);

    /// <summary>Each case: the tagger's mentions, and the mentions with their types after the stage.</summary>
    private static IEnumerable<TestCaseData> Cases() =>
    [
        Case("AChineseFamilyNameAndAPinyinGivenNameMakeAPersonButAPlaceStaysAPlace",
            "{Bai Yuchen|MISC} and {Han Ziqi|ORG} met in {Hong Kong|LOC}; {Wang Laboratories|ORG} and {Li Mohd|ORG} did not.",
            "Person Bai Yuchen", "Person Han Ziqi", "Location Hong Kong", "Organization Wang Laboratories", "Organization Li Mohd"),
        Case("AOneWordNameBecomesAnOrganizationByTheArticlesEvidence",
            "{Didi Global|ORG} said {Didi|PER} and {Qingju|LOC} grew. She joined {Kuaishou|PER}. {Kuaishou|PER} and {Alibaba|LOC} met {Alibaba|ORG}.",
            "Organization Didi Global", "Organization Didi", "Location Qingju", "Organization Kuaishou", "Organization Kuaishou", "Organization Alibaba", "Organization Alibaba"),
        Case("AKnownPlaceStaysAPlaceAndAPlaceBeforeANounAfterAtDescribesTheEmployer",
            "{Hong Kong Exchanges|ORG} grew in {Hong Kong|LOC}. She is an analyst at {Nagpur|LOC} broker {Colaba Capital|ORG}, as {Bhagat|PER} was at {Thornbury|LOC} until May.",
            "Organization Hong Kong Exchanges", "Location Hong Kong", "Location Nagpur", "Organization Colaba Capital", "Person Bhagat", "Organization Thornbury"),
        Case("AOneWordPersonThatTheOrganizationsListKnowsIsAnOrganizationUnlessAFullNameHasIt",
            "{McDonald's|PER} hired {Charlie Bell|PER}; {eBay|PER} and {Dell|PER} grew, {Michael Dell|PER} said, and {Marcus|PER} spoke.",
            "Organization McDonald's", "Person Charlie Bell", "Organization eBay", "Person Dell", "Person Michael Dell", "Person Marcus"),
        Case("AnOrganizationsNameOrLeadingWordsWrittenAgainUntaggedAreThatOrganization",
            "Premier said {Premier Industrial Corp|ORG} named {Philip Sims|PER}. Sims stays in May, Premier Industrial said. " + "Premier grew and Sims said Premier will.",
            "Organization Premier Industrial Corp", "Person Philip Sims", "Organization Premier Industrial", "Organization Premier"),
        Case("AnOrganizationCutAtAnAmpersandTakesTheNameAfterIt",
            "{Albrecht &|ORG} {Roth|PER} grew; {Marks|ORG} & {Spencer|LOC} and {Greaves|ORG} & Pell hired, {Acme|ORG} & co too.",
            "Organization Albrecht & Roth", "Organization Marks & Spencer", "Organization Greaves & Pell", "Organization Acme"),
        Case("ANameEndsInANameWordOrALegalForm",
            "The head of {Riverside Regional Medical Center is to|ORG} leave {Cairnway Outfitters plc|ORG} and the {US government|ORG}.",
            "Organization Riverside Regional Medical Center", "Organization Cairnway Outfitters plc", "Organization US"),
        Case("AGivenNameAnInitialAndASurnameAreAPerson",
            "{Robert E. Johnstone|ORG}, {Ivan F. Boesky|LOC} and {J. P. Morgan|ORG} met {Morgan Stanley|ORG}.",
            "Person Robert E. Johnstone", "Person Ivan F. Boesky", "Organization J. P. Morgan", "Organization Morgan Stanley"),
        Case("AGivenNameAndASurnameThatOpenAListItemAfterASemicolonAreAPerson",
            "They are {Ann Roe|PER}, head of {Roe Trust|ORG}; {Samuel Ekwueme|ORG}, a dean; and {Grant Thornton|ORG}; {Acme Corp|ORG} spoke.",
            "Person Ann Roe", "Organization Roe Trust", "Person Samuel Ekwueme", "Organization Grant Thornton", "Organization Acme Corp"),
        Case("AGivenNameAfterHonorificsOnlyTakesTheSurnameAfterIt",
            "{Sir Peter|PER} Langley left; {Peter|PER} {Lowther|LOC} stayed, {Tom Lee|PER} Monday and {Ann|PER} May.",
            "Person Sir Peter Langley", "Person Peter Lowther", "Person Tom Lee", "Person Ann"),
        Case("ANameWithParticlesIsOnePersonAndItsSurnameAloneIsThatPerson",
            "Pieter-Jan van der {Linden|LOC} spoke. {Van der Linden|ORG} left {Acme|ORG} van {Rental|ORG} and the Bank of {Spain|LOC}.",
            "Person Pieter-Jan van der Linden", "Person Van der Linden", "Organization Acme", "Organization Rental", "Location Spain"),
        Case("AChineseGivenNameTakesTheFamilyNameBeforeIt",
            "He named Song {Peiran|PER} and met {Hong Kong|LOC} {Wei|PER} and Song, {Xu|PER}.",
            "Person Song Peiran", "Location Hong Kong", "Person Wei", "Person Xu"),
        Case("AFirmWithALegalFormTakesThePartnerBeforeAnd",
            "{Seligman|LOC} and {Latz Inc|ORG} hired Lockhart and {Pettus Inc.|ORG}; {Tmall|ORG} and {Taobao|ORG} and {John Smith Jr.|PER} and {Acme Inc|ORG} did not.",
            "Organization Seligman and Latz Inc", "Organization Lockhart and Pettus Inc.", "Organization Tmall", "Organization Taobao", "Person John Smith Jr.", "Organization Acme Inc"),
        Case("AWordOfAPersonsFullNameOrANameBeforeTheOrganizationStaysAsTagged",
            "{Ford|PER} spoke before {Ford Motor|ORG} met {Henry Ford|PER}; {Ford|PER} left. {Acme|PER} met {Acme Holdings|ORG}.",
            "Person Ford", "Organization Ford Motor", "Person Henry Ford", "Person Ford", "Person Acme", "Organization Acme Holdings"),
        Case("AnUntaggedNameAfterAMoveIsAnOrganizationAndSoIsItsRepeat",
            "In 1999 she joined L'Oréal as a trainee. Ten years later she left L'Oréal for Monday work, and she joined Acme Data Group.",
            "Organization L'Oréal", "Organization L'Oréal", "Organization Acme Data Group"),
        Case("ANameBeforeAnAppositiveOnAnOrganizationNounIsAnOrganization",
            "{Paylark|PER}, the London-based payments start-up, hired Nasscom, the software industry's trade body. " + "{Jane Lee|PER}, the company's founder, met {Delhi|LOC}, the capital. However, the bank grew.",
            "Organization Paylark", "Organization Nasscom", "Person Jane Lee", "Location Delhi"),
        Case("ANameBetweenFromAndWhereAPersonWorkedIsAnOrganization",
            "She came from {Sandstone Gold|MISC}, where she was chief geologist, and from Tarrant Hill, where he was. " + "He moved from {Perth|LOC}, where he lived, and from Ridgeway, where prices rose.",
            "Organization Sandstone Gold", "Organization Tarrant Hill", "Location Perth"),
        Case("ExecutiveTitlesAreNoNames",
            "{Aaron Mistry|PER} has been acting {CFO|ORG} at {Pelican Bay|ORG}, the {CEO|MISC} said.",
            "Person Aaron Mistry", "Organization Pelican Bay"),
        Case("ATitleOrAnAdjectiveOfPlaceIsNoOrganizationAndANameEndsBeforeAVerb",
            "The {Chairman|ORG} of the {Boston-based|ORG} lender met {Lanjing Smart Auto is Kong Dewei|ORG} and the {Board,|ORG} agreed. " +
            "{Wu Jiahao|PER}, chief executive of {Hangzhou-based|MISC} Lumo, spoke.",
            "Organization Lanjing Smart Auto", "Organization Board", "Person Wu Jiahao", "Misc Hangzhou-based"),
        Case("AOneWordPersonAndAHyphenatedNameAfterItAreOnePerson",
            "{Rosa|PER} Delgado-Imhof met {Park|PER} {Ji-hoon|ORG}, {Ana|PER} Boston-based and {Kim|PER}\nLee-Smith.",
            "Person Rosa Delgado-Imhof", "Person Park Ji-hoon", "Person Ana", "Person Kim"),
        Case("ANameCutAtAnInitialIsMadeWholeAndItsSurnameIsThePersonsElsewhere",
            "{Michael C.|PER} {Barlerin|LOC} and {E. Gene|PER} Keigger met Thomas {E. Hitselberger|PER}, J. {David Barnes|PER} and " + "Chairman {R. Smith|PER} in {Dallas|LOC}. {Barlerin|MISC} met {A. B.|PER} in 1987.",
            "Person Michael C. Barlerin", "Person E. Gene Keigger", "Person Thomas E. Hitselberger", "Person J. David Barnes", "Person R. Smith", "Location Dallas", "Person Barlerin", "Person A. B."),
        Case("AHyphenatedGivenNameAfterAFamilyNameWithHonorificsOrAnEnglishNameIsThePersons",
            "{Margaret Ho|PER} Yee-ling, a former partner at an accounting firm, met {Dr Cheung|PER} Wai-lun and {John Smith|PER} Anglo-French.",
            "Person Margaret Ho Yee-ling", "Person Dr Cheung Wai-lun", "Person John Smith"),
        Case("ANameRightAfterAnOrganizationNounIsAnOrganizationUnlessAPersonsNameHasIt",
            "{Peter Lynch|PER}, chief executive of the grocery chain {Winn-Dixie|PER}, met venture capital firm {Greenhill Oak Partners|PER} at the firm {Smith|PER} founded with {John Smith|PER}.",
            "Person Peter Lynch", "Organization Winn-Dixie", "Organization Greenhill Oak Partners", "Person Smith", "Person John Smith"),
        Case("ANameTaggedOnBothSidesOfAnInitialIsOnePerson",
            "Quillon named Dr. {Stephen|PER} A. {Marchetti|PER} and {Ann B.|PER} {Cole Lee|PER} to the board.",
            "Person Stephen A. Marchetti", "Person Ann B. Cole Lee"),
        Case("ALongerNameBecomesAnOrganizationByTheArticlesEvidenceButNotAPersonWithAGivenName",
            "{Turner Broadcasting System Inc|ORG} said {Turner Broadcasting|LOC} grew. She left {Galeries Duval|PER} and " + "joined {John Smith|PER}'s team at {Lestrade Maroquinerie|PER}. {Galeries Duval|PER} fell.",
            "Organization Turner Broadcasting System Inc", "Organization Turner Broadcasting", "Organization Galeries Duval", "Person John Smith", "Organization Lestrade Maroquinerie", "Organization Galeries Duval"),
        Case("AnOrganizationRunOnIntoAPlaceEndsBeforeIn",
            "She ran {Grab Food in Singapore|ORG} for {Bank of Tokyo|ORG} and {Caterpillar in Peoria|ORG}.",
            "Organization Grab Food", "Organization Bank of Tokyo", "Organization Caterpillar"),
        Case("AFamilyNameAloneIsThePersonUnlessAnOrganizationsNameHasIt",
            "{Fu Qingyang|PER}, {Li Wei|PER} and {Ana Dlamini-Khumalo|PER} met {Li Auto|ORG} and {Bill Ford|PER} of {Ford Motor|ORG}. " + "{Fu|ORG}, 46, left; {Dlamini-Khumalo|LOC} stayed; {Li|ORG}, {Ford|ORG} and {Wang|ORG} grew.",
            "Person Fu Qingyang", "Person Li Wei", "Person Ana Dlamini-Khumalo", "Organization Li Auto", "Person Bill Ford", "Organization Ford Motor", "Person Fu", "Person Dlamini-Khumalo", "Organization Li", "Organization Ford", "Organization Wang"),
        Case("ANameAfterATradeIsAnOrganizationAndSoIsOneAfterAnOrganizationNounAtASentencesStart",
            "Supermarket chain {Greenway|PER} grew. {Ian Fordyce|PER} of the broker {Marlowe Rudd|PER} and {Danish|MISC} brewer {Skovgaard|PER} spoke; " + "{Moss Lane|PER}, a broker, and {Acme|ORG} group {Dunmore Vale|PER} did not.",
            "Organization Greenway", "Person Ian Fordyce", "Organization Marlowe Rudd", "Misc Danish", "Organization Skovgaard", "Person Moss Lane", "Organization Acme", "Person Dunmore Vale"),
        Case("ANameThatATitleSaysIsAnEmployerIsAnOrganizationButAPlaceStaysAPlace",
            "{Sean Rafferty|PER} is to retire as chief executive of {Dolan Rafferty|PER}. {Ctrip|PER}'s former vice president met {Glenmorvan|PER} chairman Sir " + "{Ronald Keir|PER}. At {Yuanfudao|LOC}, {Harlan|PER}'s chief of staff, {France|LOC}'s president, {Leone|PER} adviser {Ann Moss|PER} and {Dutch|MISC} co-chairman {Antony Burgmans|PER} spoke. {Zyberg Spitz|PER} said senior vice president {Rob Stearns|PER} lied.",
            "Person Sean Rafferty", "Organization Dolan Rafferty", "Organization Ctrip", "Organization Glenmorvan", "Person Ronald Keir", "Organization Yuanfudao",
            "Person Harlan", "Location France", "Person Leone", "Person Ann Moss", "Misc Dutch", "Person Antony Burgmans", "Person Zyberg Spitz", "Person Rob Stearns"),
        Case("AGivenNameTheTaggerMadeANameOfItsOwnTakesTheInitialedSurnameAfterIt",
            "{Lyle|ORG} {D. Hammond|PER} and {Harvey|PER} {M. Lindquist|PER} met {Acme|ORG} {J. Smith|PER}.",
            "Person Lyle D. Hammond", "Person Harvey M. Lindquist", "Organization Acme", "Person J. Smith"),
        Case("AChineseFamilyNameTakenForTheWholeNameTakesTheGivenNameAfterIt",
            "{Sun|PER} Yue and He {Xin|LOC} met {Huang|PER} in {Hong Kong|LOC} and {Tang|PER} Monday.",
            "Person Sun Yue", "Person He Xin", "Person Huang", "Location Hong Kong", "Person Tang"),
        Case("AnOrganizationRunOnFromItsDescriptionStartsAfterItAndANameBeforeUnionIsOne",
            "{New York firm Conway Brothers|ORG} hired {Den Helder-based Noordzee Offshore|ORG} staff; {Bank of Tokyo|ORG}, {Trader Joe's|ORG}, the {Amicus|MISC} union and {Verdi|PER} services union did not.",
            "Organization Conway Brothers", "Organization Noordzee Offshore", "Organization Bank of Tokyo", "Organization Trader Joe's", "Organization Amicus", "Organization Verdi"),
        Case("AChineseNameAsHongKongTaiwanAndSingaporeWriteItIsAPerson",
            "{Lim Boon Keat|ORG}, {Wu Pei-ling|ORG}, {Wu Jiahao|ORG} and {Lü Kaiyuan|MISC} met {Tan Chong Motor|ORG}, {Lim Holdings Ltd|ORG} and {Wong Brothers|ORG}.",
            "Person Lim Boon Keat", "Person Wu Pei-ling", "Person Wu Jiahao", "Person Lü Kaiyuan", "Organization Tan Chong Motor", "Organization Lim Holdings Ltd", "Organization Wong Brothers"),
        Case("AHyphenatedGivenNameAfterANameCompletedAtAGivenNameIsThePersons",
            "{Mr. Peter|PER} Wan Chi-wing resigned.",
            "Person Mr. Peter Wan Chi-wing"),
        Case("ANameCutBeforeALastWordTheTaggerDidNotKnowTakesIt",
            "{Ong Teck|PER} Soon will step down, and {Aaron Sim Kok|PER} Wah, head of trade, and {Jane Roe|PER} Chairman of {Acme|ORG}, met {John Smith|PER} Monday and {Ann Lee|PER} Bank staff.\n\n" +
            "{Lim Boon|PER} Retires as Chief of Staff Today",
            "Person Ong Teck Soon", "Person Aaron Sim Kok Wah", "Person Jane Roe", "Organization Acme", "Person John Smith", "Person Ann Lee", "Person Lim Boon"),
        Case("ANameThatOpensWithAnHonorificIsAPersonsAndANameAfterOfIsAnOrganization",
            "{Comrade Sun Jianhua|ORG} met {Councillor Morag Shaw of North Ayrshire Council|ORG}, {Hajiya Fatima Bello|LOC} and {Dr. Reddy's Laboratories|ORG}.",
            "Person Comrade Sun Jianhua", "Person Councillor Morag Shaw", "Organization North Ayrshire Council", "Person Hajiya Fatima Bello", "Organization Dr. Reddy's Laboratories"),
        Case("TheAgencyADatelineCreditsIsNoOrganization",
            "LAGOS, March 17 ({Newswire|ORG}) - {Ikeja Breweries Plc|ORG} said on Wednesday that its brewing arm, the old ({Lagos Malt|ORG}) - unit, grew.",
            "Organization Ikeja Breweries Plc", "Organization Lagos Malt"),
        Case("ANameWithAnHonorificStaysAPersonAfterAnOrganizationNoun",
            "{Goh Kian Seng|PER} founded {Straits Eastern|ORG}. Outside the company {Mr Goh|PER} was president of a guild, and {Mr Goh|PER} retired.",
            "Person Goh Kian Seng", "Organization Straits Eastern", "Person Mr Goh", "Person Mr Goh"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void NamesAreTypedByTheArticlesEvidence(string markup, string[] expected) => Assert.That(Types(markup), Is.EqualTo(expected));
}
