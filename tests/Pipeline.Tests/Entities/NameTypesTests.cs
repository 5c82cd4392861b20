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

    [Test]
    public void AChineseFamilyNameAndAPinyinGivenNameMakeAPersonButAPlaceStaysAPlace() =>
        Assert.That(Types("{Bai Yuchen|MISC} and {Han Ziqi|ORG} met in {Hong Kong|LOC}; {Wang Laboratories|ORG} and {Li Mohd|ORG} did not."), Is.EqualTo(new[]
        {
            "Person Bai Yuchen", "Person Han Ziqi", "Location Hong Kong", "Organization Wang Laboratories", "Organization Li Mohd",
        }));

    [Test]
    public void AOneWordNameBecomesAnOrganizationByTheArticlesEvidence() =>
        Assert.That(Types("{Didi Global|ORG} said {Didi|PER} and {Qingju|LOC} grew. She joined {Kuaishou|PER}. {Kuaishou|PER} and {Alibaba|LOC} met {Alibaba|ORG}."), Is.EqualTo(new[]
        {
            "Organization Didi Global", "Organization Didi", "Location Qingju", "Organization Kuaishou", "Organization Kuaishou",
            "Organization Alibaba", "Organization Alibaba",
        }));

    [Test]
    public void AOneWordPersonThatTheOrganizationsListKnowsIsAnOrganizationUnlessAFullNameHasIt() =>
        Assert.That(Types("{McDonald's|PER} hired {Charlie Bell|PER}; {eBay|PER} and {Dell|PER} grew, {Michael Dell|PER} said, and {Marcus|PER} spoke."), Is.EqualTo(new[]
        {
            "Organization McDonald's", "Person Charlie Bell", "Organization eBay", "Person Dell", "Person Michael Dell", "Person Marcus",
        }));

    [Test]
    public void AnOrganizationsNameOrLeadingWordsWrittenAgainUntaggedAreThatOrganization() =>
        Assert.That(Types("Premier said {Premier Industrial Corp|ORG} named {Philip Sims|PER}. Sims stays in May, Premier Industrial said. "
            + "Premier grew and Sims said Premier will."), Is.EqualTo(new[]
        {
            "Organization Premier Industrial Corp", "Person Philip Sims", "Organization Premier Industrial", "Organization Premier",
        }));

    [Test]
    public void AnOrganizationCutAtAnAmpersandTakesTheNameAfterIt() =>
        Assert.That(Types("{Albrecht &|ORG} {Roth|PER} grew; {Marks|ORG} & {Spencer|LOC} and {Greaves|ORG} & Pell hired, {Acme|ORG} & co too."), Is.EqualTo(new[]
        {
            "Organization Albrecht & Roth", "Organization Marks & Spencer", "Organization Greaves & Pell", "Organization Acme",
        }));

    [Test]
    public void ANameEndsInANameWordOrALegalForm() =>
        Assert.That(Types("The head of {Riverside Regional Medical Center is to|ORG} leave {Cairnway Outfitters plc|ORG} and the {US government|ORG}."), Is.EqualTo(new[]
        {
            "Organization Riverside Regional Medical Center", "Organization Cairnway Outfitters plc", "Organization US",
        }));

    [Test]
    public void AGivenNameAnInitialAndASurnameAreAPerson() =>
        Assert.That(Types("{Robert E. Johnstone|ORG}, {Ivan F. Boesky|LOC} and {J. P. Morgan|ORG} met {Morgan Stanley|ORG}."), Is.EqualTo(new[]
        {
            "Person Robert E. Johnstone", "Person Ivan F. Boesky", "Organization J. P. Morgan", "Organization Morgan Stanley",
        }));

    [Test]
    public void AGivenNameAfterHonorificsOnlyTakesTheSurnameAfterIt() =>
        Assert.That(Types("{Sir Peter|PER} Langley left; {Peter|PER} {Lowther|LOC} stayed, {Tom Lee|PER} Monday and {Ann|PER} May."), Is.EqualTo(new[]
        {
            "Person Sir Peter Langley", "Person Peter Lowther", "Person Tom Lee", "Person Ann",
        }));

    [Test]
    public void ANameWithParticlesIsOnePersonAndItsSurnameAloneIsThatPerson() =>
        Assert.That(Types("Pieter-Jan van der {Linden|LOC} spoke. {Van der Linden|ORG} left {Acme|ORG} van {Rental|ORG} and the Bank of {Spain|LOC}."), Is.EqualTo(new[]
        {
            "Person Pieter-Jan van der Linden", "Person Van der Linden", "Organization Acme", "Organization Rental", "Location Spain",
        }));

    [Test]
    public void AChineseGivenNameTakesTheFamilyNameBeforeIt() =>
        Assert.That(Types("He named Song {Peiran|PER} and met {Hong Kong|LOC} {Wei|PER} and Song, {Xu|PER}."), Is.EqualTo(new[]
        {
            "Person Song Peiran", "Location Hong Kong", "Person Wei", "Person Xu",
        }));

    [Test]
    public void AFirmWithALegalFormTakesThePartnerBeforeAnd() =>
        Assert.That(Types("{Seligman|LOC} and {Latz Inc|ORG} hired Lockhart and {Pettus Inc.|ORG}; {Tmall|ORG} and {Taobao|ORG} and {John Smith Jr.|PER} and {Acme Inc|ORG} did not."),
            Is.EqualTo(new[]
            {
                "Organization Seligman and Latz Inc", "Organization Lockhart and Pettus Inc.", "Organization Tmall", "Organization Taobao",
                "Person John Smith Jr.", "Organization Acme Inc",
            }));

    [Test]
    public void AWordOfAPersonsFullNameOrANameBeforeTheOrganizationStaysAsTagged() =>
        Assert.That(Types("{Ford|PER} spoke before {Ford Motor|ORG} met {Henry Ford|PER}; {Ford|PER} left. {Acme|PER} met {Acme Holdings|ORG}."), Is.EqualTo(new[]
        {
            "Person Ford", "Organization Ford Motor", "Person Henry Ford", "Person Ford", "Person Acme", "Organization Acme Holdings",
        }));

    [Test]
    public void ExecutiveTitlesAreNoNames() =>
        Assert.That(Types("{Aaron Mistry|PER} has been acting {CFO|ORG} at {Pelican Bay|ORG}, the {CEO|MISC} said."), Is.EqualTo(new[]
        {
            "Person Aaron Mistry", "Organization Pelican Bay",
        }));

    [Test]
    public void AOneWordPersonAndAHyphenatedNameAfterItAreOnePerson() =>
        Assert.That(Types("{Rosa|PER} Delgado-Imhof met {Park|PER} {Ji-hoon|ORG}, {Ana|PER} Boston-based and {Kim|PER}\nLee-Smith."), Is.EqualTo(new[]
        {
            "Person Rosa Delgado-Imhof", "Person Park Ji-hoon", "Person Ana", "Person Kim",
        }));

    [Test]
    public void ANameCutAtAnInitialIsMadeWholeAndItsSurnameIsThePersonsElsewhere() =>
        Assert.That(Types("{Michael C.|PER} {Barlerin|LOC} and {E. Gene|PER} Keigger met Thomas {E. Hitselberger|PER}, J. {David Barnes|PER} and "
            + "Chairman {R. Smith|PER} in {Dallas|LOC}. {Barlerin|MISC} met {A. B.|PER} in 1987."), Is.EqualTo(new[]
        {
            "Person Michael C. Barlerin", "Person E. Gene Keigger", "Person Thomas E. Hitselberger", "Person J. David Barnes",
            "Person R. Smith", "Location Dallas", "Person Barlerin", "Person A. B.",
        }));

    [Test]
    public void ALongerNameBecomesAnOrganizationByTheArticlesEvidenceButNotAPersonWithAGivenName() =>
        Assert.That(Types("{Turner Broadcasting System Inc|ORG} said {Turner Broadcasting|LOC} grew. She left {Galeries Duval|PER} and "
            + "joined {John Smith|PER}'s team at {Lestrade Maroquinerie|PER}. {Galeries Duval|PER} fell."), Is.EqualTo(new[]
        {
            "Organization Turner Broadcasting System Inc", "Organization Turner Broadcasting", "Organization Galeries Duval",
            "Person John Smith", "Organization Lestrade Maroquinerie", "Organization Galeries Duval",
        }));

    [Test]
    public void AnOrganizationRunOnIntoAPlaceEndsBeforeIn() =>
        Assert.That(Types("She ran {Grab Food in Singapore|ORG} for {Bank of Tokyo|ORG} and {Caterpillar in Peoria|ORG}."), Is.EqualTo(new[]
        {
            "Organization Grab Food", "Organization Bank of Tokyo", "Organization Caterpillar",
        }));

    [Test]
    public void AFamilyNameAloneIsThePersonUnlessAnOrganizationsNameHasIt() =>
        Assert.That(Types("{Fu Qingyang|PER}, {Li Wei|PER} and {Ana Dlamini-Khumalo|PER} met {Li Auto|ORG} and {Bill Ford|PER} of {Ford Motor|ORG}. "
            + "{Fu|ORG}, 46, left; {Dlamini-Khumalo|LOC} stayed; {Li|ORG}, {Ford|ORG} and {Wang|ORG} grew."), Is.EqualTo(new[]
        {
            "Person Fu Qingyang", "Person Li Wei", "Person Ana Dlamini-Khumalo", "Organization Li Auto", "Person Bill Ford", "Organization Ford Motor",
            "Person Fu", "Person Dlamini-Khumalo", "Organization Li", "Organization Ford", "Organization Wang",
        }));
}
