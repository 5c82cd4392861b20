using Pipeline.Evaluation;

namespace Pipeline.Tests.Evaluation;

public class NormalizationTests
{
    [TestCase("Michael C. Barlerin", "michael barlerin")]
    [TestCase("Mr. John Smith Jr.", "john smith")]
    [TestCase("Dr Ana  O'Neil", "ana neil")]
    [TestCase("JING JIE", "jing jie")]
    [TestCase("Ｊｉｎｇ Ｊｉｅ", "jing jie")] // full-width letters fold under NFKC
    [TestCase("Straße", "strasse")]
    [TestCase("A. B.", "a b")]             // nothing but initials: kept
    public void People(string name, string expected) => Assert.That(Normalization.Person(name), Is.EqualTo(expected));

    [TestCase("The Acme Corp.", "acme")]
    [TestCase("Procter & Gamble Co", "procter and gamble")]
    [TestCase("Alibaba Group Holding Ltd", "alibaba group holding")]
    [TestCase("Finance and Credit Corp of Jordan", "finance and credit corp of jordan")]
    [TestCase("Company", "company")]        // a suffix alone is the name
    [TestCase("Acme Inc. Ltd.", "acme")]
    public void Companies(string name, string expected) => Assert.That(Normalization.Company(name), Is.EqualTo(expected));

    [TestCase("CEO", "chief executive officer")]
    [TestCase("Senior VP of Marketing", "senior vice president of marketing")]
    [TestCase("chairwoman", "chairman")]
    [TestCase("Vice-Chair", "vice chairman")]
    [TestCase("EVP & GM", "executive vice president and general manager")]
    public void Roles(string role, string expected) => Assert.That(Normalization.Role(role), Is.EqualTo(expected));

    [Test]
    public void NullStaysNull()
    {
        Assert.That(Normalization.Person(null), Is.Null);
        Assert.That(Normalization.Role(null), Is.Null);
    }
}
