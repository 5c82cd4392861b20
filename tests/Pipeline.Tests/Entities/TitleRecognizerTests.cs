using Pipeline.Entities;
using Pipeline.Documents;

namespace Pipeline.Tests.Entities;

/// <summary>The title mentions of one sentence, in order, as the product's mention stages find them (names run first).</summary>
public class TitleRecognizerTests
{
    private static readonly DocumentPipeline MentionStages = CareerPipeline.CreateMentionStages();

    private static string[] Titles(string sentence)
    {
        var doc = MentionStages.Process(new Document("t", sentence));
        return doc.Mentions.Where(m => m.Type == MentionType.Title).OrderBy(m => m.Span.Start).Select(m => m.Text).ToArray();
    }

    [TestCase("She was named chief executive officer of Acme in March.", "chief executive officer")]
    [TestCase("Sales fell, said car industry analyst Ann Roe, a support services analyst and the veteran gold trader.", "car industry analyst", "support services analyst", "gold trader")]
    [TestCase("A company spokesman and the fourth-biggest trader said analyst Tom Lee agreed.", "spokesman", "trader", "analyst")]
    [TestCase("The CEO said profits rose.", "CEO")]
    [TestCase("He is senior vice president of marketing at Acme.", "senior vice president of marketing")]
    [TestCase("She became general manager of the operations center.", "general manager of the operations center")]
    [TestCase("He was head of Uber China's strategy until 2019.", "head of Uber China's strategy")]
    [TestCase("She is a co-founder of the firm.", "co-founder")]
    [TestCase("He joined the board as a director.", "director", "director")]
    [TestCase("He was named acting chairman on Monday.", "acting chairman")]
    [TestCase("The president of Acme resigned.", "president")]
    [TestCase("Acme Chief Executive Jane Roe said sales rose.", "Chief Executive")]
    [TestCase("He was named president and chief executive officer of Acme.", "president", "chief executive officer")]
    [TestCase("He left as president, chief executive and a director.", "president", "chief executive", "director")]
    [TestCase("He was executive vice president and chief credit officer since 2011.", "executive vice president", "chief credit officer")]
    [TestCase("He is vice-chairman and editor-in-chief of the paper.", "vice-chairman", "editor-in-chief")]
    [TestCase("Jones, the EVP, and Smith, an SVP, met the MD.", "EVP", "SVP", "MD")]
    [TestCase("The company's CFO and its COO and CTO resigned.", "CFO", "COO", "CTO")]
    [TestCase("She is a non-executive director and managing director.", "non-executive director", "managing director")]
    [TestCase("She is a board member, chairwoman and chairperson.", "board member", "chairwoman", "chairperson")]
    [TestCase("He is general counsel and a partner.", "general counsel", "partner")]
    [TestCase("He was head coach until May.", "head coach")]
    [TestCase("He was named senior vice president, global sales, at Acme.", "senior vice president, global sales")]
    [TestCase("Genevieve Tremblay was appointed vice-president, exploration, effective Jan 5.", "vice-president, exploration")]
    [TestCase("She served as acting chief financial officer while it searched.", "acting chief financial officer")]
    [TestCase("He was group chief operating officer.", "group chief operating officer")]
    [TestCase("She was chief medical officer of Ridgeway.", "chief medical officer")]
    [TestCase("The Chief Medical Officer will leave in May.", "Chief Medical Officer")]
    [TestCase("He became chief underwriting officer on 1 November.", "chief underwriting officer")]
    [TestCase("She was finance chief of Corvane.", "finance chief")]
    [TestCase("The bank's marketing chief left in June.", "marketing chief")]
    [TestCase("He was a senior design engineer at Analog Devices.", "senior design engineer")]
    [TestCase("She joined as a credit analyst in 1990.", "credit analyst")]
    [TestCase("She was plant manager at the time.", "plant manager")]
    [TestCase("\"Margins will recover,\" said a metals analyst at Lothbury, and a telecoms analyst agreed.", "metals analyst", "telecoms analyst")]
    [TestCase("He is party secretary and she is company secretary.", "party secretary", "company secretary")]
    [TestCase("Sharqiya appointed Abdulaziz al-Mutairi director general and Ahmed Sharaf deputy director-general.", "director general", "deputy director-general")]
    // A board seat is a director's, though the text need not say so.
    [TestCase("She joined the board in May and he left its board.", "director", "director")]
    [TestCase("He was elected to Acme's board and resigned from the board of Beta.", "director", "director")]
    [TestCase("She was named to the board in 2019.", "director")]
    [TestCase("She keeps a seat on the board and remains on its board.", "director", "director")]
    [TestCase("The board said he reports to the board, and the board member agreed.", "board member")]
    [TestCase("He will join the Ryburn board, she will join the Indian group's board and Lee stays on the subsidiary's board.", "director", "director", "director")]
    [TestCase("Shareholders elected Ana Ortiz and Chen Wei to the board, and named Raj Iyer, a banker, to its main board.", "director", "banker", "director")]
    [TestCase("He was named chief executive, reporting to the board, to the board's relief.", "chief executive")]
    [TestCase("He was a loan officer and the audit committee chair.", "loan officer", "audit committee chair")]
    [TestCase("She is deputy finance director of Kestrel Taverns.", "deputy finance director")]
    [TestCase("She was a graduate trainee at Marks & Spencer.", "graduate trainee")]
    [TestCase("He became general manager of the FMCG division at Tmall.", "general manager of the FMCG division")]
    [TestCase("He served as head of the fruit category and vice president of user development.", "head of the fruit category", "vice president of user development")]
    [TestCase("She was head of the fixed income department at Guotai Junan Securities.", "head of the fixed income department")]
    [TestCase("She was head of supply chain at Li Auto.", "head of supply chain")]
    [TestCase("He had been co-head of private credit alongside Helen Voigt.", "co-head of private credit")]
    [TestCase("He is vice president of research and development.", "vice president of research and development")]
    [TestCase("He was a member of the supervisory board of Hanseatic Logistik AG.", "member of the supervisory board")]
    [TestCase("She became general manager for Southeast Asia.", "general manager for Southeast Asia")]
    [TestCase("She is head of compliance for retail banking.", "head of compliance for retail banking")]
    [TestCase("He was head of Buick marketing in South China.", "head of Buick marketing in South China")]
    [TestCase("She was regional head of Asia-Pacific at Tessaract.", "regional head of Asia-Pacific")]
    [TestCase("Head of engineering Tariq Bensaid resigned last month.", "Head of engineering")]
    [TestCase("He was the head of state.", "head of state")]
    [TestCase("The head of sales resigned.", "head of sales")]
    [TestCase("He was named head of Renault.", "head")]
    [TestCase("He was named head of its Kinsale China unit.", "head")]
    [TestCase("He was head of the company's grain logistics unit, FCS Agro.", "head")]
    [TestCase("Nortel's head Frank Dunn was fired.", "head")]
    [TestCase("He was chief financial officer of the automotive unit, Rheinwerk Automotive GmbH.", "chief financial officer")]
    [TestCase("He was managing director of rival Straits Freight Services.", "managing director")]
    [TestCase("He was chairman of the accounting firm Huang Lester LLP.", "chairman")]
    [TestCase("He was president of the company.", "president")]
    [TestCase("He succeeded her as managing director of Lestrade Asia in 2014.", "managing director")]
    [TestCase("He was general manager of the newly formed Kessler Medical Systems division.", "general manager")]
    [TestCase("He was a former International Monetary Fund director.", "director")]
    [TestCase("He was director for 10 years.", "director")]
    [TestCase("She was chairman for the past decade and president for a second term.", "chairman", "president")]
    [TestCase("He was vice president for rates and a board member responsible for sales.", "vice president for rates", "board member responsible for sales")]
    [TestCase("She became head of exploration for the whole group.", "head of exploration")]
    [TestCase("He was named general manager of its New York branch and she head of the group's Czech plant.", "general manager of its New York branch", "head of the group's Czech plant")]
    [TestCase("She was head of its research centre in Singapore.", "head of its research centre in Singapore")]
    [TestCase("He was named vice president in charge of the machinery division.", "vice president in charge of the machinery division")]
    [TestCase("She was managing director in charge of exports.", "managing director in charge of exports")]
    [TestCase("He was named president of its Harlow Plastics division.", "president")]
    [TestCase("He was named head of its shares.", "head")]
    [TestCase("Acting chief executive John Smith said.", "Acting chief executive")]
    [TestCase("The President spoke to reporters.", "President")]
    [TestCase("Philip Sims and Bruce Johnson were named executive vice presidents.", "executive vice president")]
    [TestCase("Two outside directors, Howard Quist and Milton Sperry, resigned as vice-chairmen and members of the board.", "director", "vice-chairman", "member of the board")]
    [TestCase("She became head of the research institute the following year and head of sales last year.", "head of the research institute", "head of sales")]
    public void FindsTheTitles(string sentence, params string[] expected) => Assert.That(Titles(sentence), Is.EqualTo(expected));

    [TestCase("The directors' report was published.")]
    [TestCase("Ann Lee said the vice presidents met.")]
    [TestCase("He heads the unit.")]
    [TestCase("He will head the new unit.")]
    [TestCase("The chief reason was cost.")]
    [TestCase("Sales rose in the first quarter.")]
    public void FindsNoTitle(string sentence) => Assert.That(Titles(sentence), Is.Empty);

    [Test]
    public void ATitleInsideAnOrganizationNameSplitsItIntoEmployerAndHolder()
    {
        var document = OrganizationFormsTests.Tagged("Elected were Ernst and {Whinney Chairman Ray|ORG} {J. Groves|PER}, {Bowery Savings Bank Chairman Richard Ravitch, "
            + "and Phelps-Stokes Fund|ORG} President {Franklin H. Williams|PER} and {Greenberg Securities Co|ORG} President {Mark D. Greenberg|PER}.");
        CareerPipeline.CreateMentionStages().Stages.OfType<TitleRecognizer>().Single().Process(document);
        Assert.That(document.Mentions.Select(m => $"{m.Type} {m.Text}"), Is.EqualTo(new[]
        {
            "Organization Whinney", "Person Ray J. Groves", "Organization Bowery Savings Bank", "Person Richard Ravitch", "Organization Phelps-Stokes Fund",
            "Person Franklin H. Williams", "Organization Greenberg Securities Co", "Person Mark D. Greenberg",
            "Title Chairman", "Title Chairman", "Title President", "Title President",
        }));
    }

    [Test]
    public void APlaceThatATitleHoldsIsNoOrganization()
    {
        var document = OrganizationFormsTests.Tagged("{Bai Yuchen|PER}, head of {North China|ORG} sales at {Kuaishou|ORG}, and the head of {Halvorsen|ORG}'s board left.");
        CareerPipeline.CreateMentionStages().Stages.OfType<TitleRecognizer>().Single().Process(document);
        Assert.That(document.Mentions.Select(m => $"{m.Type} {m.Text}"), Is.EqualTo(new[]
        {
            "Person Bai Yuchen", "Location North China", "Organization Kuaishou", "Organization Halvorsen", "Title head of North China sales", "Title head of Halvorsen's board",
        }));
    }

    [Test]
    public void ATitleAndOfThatOpenAnOrganizationAreNoPartOfIt()
    {
        var document = OrganizationFormsTests.Tagged("{Linda Cho|PER}, former {Chief Financial Officer of Arbor Therapeutics|ORG}, joined.");
        CareerPipeline.CreateMentionStages().Stages.OfType<TitleRecognizer>().Single().Process(document);
        Assert.That(document.Mentions.Select(m => $"{m.Type} {m.Text}"), Is.EqualTo(new[]
        {
            "Person Linda Cho", "Organization Arbor Therapeutics", "Title Chief Financial Officer",
        }));
    }

    [Test]
    public void ANameThatATitleOpensIsTheHolderAndTheEmployerAfterOfAndOneATitleCoversIsNone()
    {
        var document = OrganizationFormsTests.Tagged("{Analyst Vikram Sethi of Brazos Securities Inc|ORG} and {Chief Financial Officer Janet Liu|ORG} met "
            + "{Captain Harjit Singh Gill|LOC}, the {Chief Executive|ORG} and the {Company Secretary|ORG} of {Founder Securities|ORG}.");
        CareerPipeline.CreateMentionStages().Stages.OfType<TitleRecognizer>().Single().Process(document);
        Assert.That(document.Mentions.Select(m => $"{m.Type} {m.Text}"), Is.EqualTo(new[]
        {
            "Person Vikram Sethi", "Organization Brazos Securities Inc", "Person Janet Liu", "Person Harjit Singh Gill", "Organization Founder Securities",
            "Title Analyst", "Title Chief Financial Officer", "Title Captain", "Title Chief Executive", "Title Company Secretary", "Title Founder",
        }));
    }

    [Test]
    public void APersonThatATitleOpensIsTheNameAfterItAndOneATitleCoversIsNone()
    {
        var document = OrganizationFormsTests.Tagged("Chief {Operating Officer Sandra Kowalczyk|PER}, {CEO Hannah Feld|PER}, {Dean Smith|PER} and the {Scientific Advisor|PER} met.");
        CareerPipeline.CreateMentionStages().Stages.OfType<TitleRecognizer>().Single().Process(document);
        Assert.That(document.Mentions.Select(m => $"{m.Type} {m.Text}"), Is.EqualTo(new[]
        {
            "Person Sandra Kowalczyk", "Person Hannah Feld", "Person Dean Smith", "Title Chief Operating Officer", "Title CEO", "Title Dean", "Title Scientific Advisor",
        }));
    }

    [Test]
    public void TheInitialsOfAnOrganizationOfTheArticleAreNoTitle()
    {
        var document = OrganizationFormsTests.Tagged("{General Motors|ORG} said {GM|ORG} would name a GM and an {EVP|ORG}.");
        CareerPipeline.CreateMentionStages().Stages.OfType<TitleRecognizer>().Single().Process(document);
        Assert.That(document.Mentions.Select(m => $"{m.Type} {m.Text}"), Is.EqualTo(new[] { "Organization General Motors", "Organization GM", "Organization EVP", "Title GM", "Title EVP" }));
    }
}
