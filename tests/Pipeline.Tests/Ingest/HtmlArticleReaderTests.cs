using Pipeline.Ingest;

namespace Pipeline.Tests.Ingest;

public class HtmlArticleReaderTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en"><head>
          <title>Acme names Jane Roe CEO | Daily Ledger</title>
          <meta property="og:title" content="Acme names Jane Roe chief executive">
          <meta property="article:published_time" content="2022-11-02T14:05:00Z">
          <link rel="canonical" href="https://ledger.example/acme-ceo">
          <style>.ad { display:none }</style>
          <script>window.config = {"ads": true};</script>
        </head>
        <body>
          <div id="cookie-banner">We use cookies. <button>Accept</button></div>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/tech">Tech</a></nav></header>
          <main>
            <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/business">Business</a></div>
            <article>
              <h1>Acme names Jane Roe chief executive</h1>
              <div class="byline">By Sam Writer</div>
              <div class="share-bar"><a href="#">Share on X</a> <a href="#">Email</a></div>
              <p>Acme Corp on Tuesday named <a href="/people/jane-roe">Jane Roe</a> its chief executive officer,
                 effective April&nbsp;1.</p>
              <div class="ad">Advertisement</div>
              <p>Roe, 52, joined Procter &amp; Gamble in 1995 and ran its <em>European</em> unit.</p>
              <figure><img src="roe.jpg"><figcaption>Jane Roe in 2021.</figcaption></figure>
              <!-- a comment that is not text -->
              <h2>A new era</h2>
              <p>She succeeds John Doe, who retires.<br>He led Acme for ten years.</p>
              <ul class="related-links"><li><a href="/a">Beta names new CFO</a></li><li><a href="/b">Gamma cuts jobs</a></li></ul>
            </article>
            <aside class="sidebar"><h3>Most read</h3><p>Something else entirely that is long enough to count.</p></aside>
          </main>
          <footer><p>Copyright 2022 Daily Ledger. All rights reserved.</p></footer>
        </body></html>
        """;

    [Test]
    public void KeepsOnlyTheArticleTextWithParagraphBreaks()
    {
        var doc = HtmlArticleReader.Read(NewsPage, "web/acme");
        Assert.That(doc.Text, Is.EqualTo(
            "Acme names Jane Roe chief executive\n\n" +
            "Acme Corp on Tuesday named Jane Roe its chief executive officer, effective April 1.\n\n" +
            "Roe, 52, joined Procter & Gamble in 1995 and ran its European unit.\n\n" +
            "A new era\n\n" +
            "She succeeds John Doe, who retires.\nHe led Acme for ten years."));
    }

    [Test]
    public void ReadsTitleUrlAndDate()
    {
        var doc = HtmlArticleReader.Read(NewsPage, "web/acme");
        Assert.Multiple(() =>
        {
            Assert.That(doc.Id, Is.EqualTo("web/acme"));
            Assert.That(doc.Title, Is.EqualTo("Acme names Jane Roe chief executive"));
            Assert.That(doc.Url, Is.EqualTo("https://ledger.example/acme-ceo"));
            Assert.That(doc.Published, Is.EqualTo(new DateOnly(2022, 11, 2)));
        });
    }

    private static string Page(string head, string body) =>
        $"<html><head>{head}</head><body>{body}<div class=\"story-body\"><p>Jane Roe was named chief executive of Acme Corp on Monday.</p></div></body></html>";

    [TestCase("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2023-05-17T08:30:00+08:00\"}]}</script><meta property=\"article:published_time\" content=\"2020-01-01\">", "", "2023-05-17")]
    [TestCase("<meta property=\"article:published_time\" content=\"2022-11-02T23:05:00-05:00\"><meta itemprop=\"datePublished\" content=\"2019-01-01\">", "", "2022-11-02")]
    [TestCase("", "<span><time itemprop=\"datePublished\" datetime=\"2021-03-04T10:00\">4 March</time></span><time datetime=\"2011-01-01\">x</time>", "2021-03-04")]
    [TestCase("", "<p>Posted <time datetime=\"2021-06-09\">June 9</time></p>", "2021-06-09")]
    [TestCase("<script type=\"application/ld+json\">{ not json </script>", "<time datetime=\"2018-02-03\">x</time>", "2018-02-03")]
    [TestCase("", "", null)]
    public void TakesThePublicationDateInTheSpecifiedOrder(string head, string body, string? expected)
    {
        var doc = HtmlArticleReader.Read(Page(head, body), "x");
        Assert.That(doc.Published?.ToString("yyyy-MM-dd"), Is.EqualTo(expected));
    }

    [Test]
    public void WithoutArticleElementsTheDensestParagraphBlockWins()
    {
        const string html = """
            <html><body>
            <div class="top"><p><a href="/1">Link one here</a> <a href="/2">Link two here and more</a></p></div>
            <div class="content"><div class="story">
              <p>First paragraph of the story, long enough to count as text.</p>
              <p>Second paragraph of the story, also long enough to count.</p>
            </div></div>
            <div class="promo-box"><p>Subscribe now for only one dollar a week, forever.</p></div>
            </body></html>
            """;
        var doc = HtmlArticleReader.Read(html, "x");
        Assert.That(doc.Text, Is.EqualTo("First paragraph of the story, long enough to count as text.\n\nSecond paragraph of the story, also long enough to count."));
    }

    [Test]
    public void MarkupNestedWithinTheLimitIsRead()
    {
        const int depth = HtmlArticleReader.MaxNesting - 10;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep text that is long enough.</p>" + string.Concat(Enumerable.Repeat("</div>", depth));
        var doc = HtmlArticleReader.Read(html, "deep");
        Assert.That(doc.Text, Is.EqualTo("Deep text that is long enough."));
    }

    [TestCase("<div>", "</div>")]
    [TestCase("<b>", "")]
    [TestCase("<span><i>", "</i></span>")]
    public void MarkupNestedHundredsOfThousandsOfLevelsIsRejectedQuicklyWithoutOverflowingTheStack(string open, string close)
    {
        const int depth = 300_000;
        var html = "<p>Text " + string.Concat(Enumerable.Repeat(open, depth)) + "deep" + string.Concat(Enumerable.Repeat(close, depth)) + "</p>";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<InvalidInputException>(() => HtmlArticleReader.Read(html, "deep"));
        Assert.That(e!.Message, Is.EqualTo("HTML nested too deeply (the limit is 1000 levels)"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void APageCutShortIsRejected()
    {
        var e = Assert.Throws<InvalidInputException>(() => HtmlArticleReader.Read("<html><body><p>Acme Corp named Jane Roe chief executive officer on", "cut"));
        Assert.That(e!.Message, Is.EqualTo("truncated HTML: the page opens <html> but ends before </html>"));
        Assert.That(HtmlArticleReader.Read("<p>A fragment without html tags is a whole page.</p>", "fragment").Text, Is.EqualTo("A fragment without html tags is a whole page."));
    }
}
