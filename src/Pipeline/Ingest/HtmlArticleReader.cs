using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Documents;

namespace Pipeline.Ingest;

/// <summary>
/// Turns a news page into a document: the article's main text (paragraphs separated by blank lines),
/// its title, URL and publication date. Navigation, ads, share bars, related-article lists and other
/// page furniture are dropped. All tree walks are iterative, and pages nested deeper than <see cref="MaxNesting"/>
/// are rejected, so deeply nested markup can neither overflow the stack nor take quadratic time.
/// </summary>
public static partial class HtmlArticleReader
{
    /// <summary>Elements that never hold article text.</summary>
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
        "img", "picture", "button", "select", "input", "textarea", "label", "form", "nav", "header", "footer",
        "aside", "figure", "figcaption", "menu", "dialog", "head",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "body", "address", "hr",
    };

    /// <summary>Class, id and role words that mark page furniture rather than the story.</summary>
    [GeneratedRegex(@"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|cookies?|consent|gdpr|banner|newsletter|subscribe|signup|related|recommended|popular|most-read|mostread|trending|sidebar|widget|ad|ads|advert|advertisement|adslot|sponsored|sponsor|promo|comments?|byline|author|caption|tags|toolbar|pagination|modal|popup|footer|header|masthead|navigation|complementary|contentinfo|teaser|outbrain|taboola)($|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureName();

    /// <summary>
    /// Markup nested this deep is rejected: no real page comes near it, and the parser's time grows with the square
    /// of the depth (a page nested 300,000 levels would take hours).
    /// </summary>
    public const int MaxNesting = 1000;

    /// <summary>The page's document: throws <see cref="InvalidInputException"/> for a page cut short or nested too deeply.</summary>
    public static Document Read(string html, string id, string? source = null)
    {
        // A crawl cut off mid-page would give half an article (and its half-sentences) as if it were whole.
        if (html.Contains("<html", StringComparison.OrdinalIgnoreCase) && !html.Contains("</html", StringComparison.OrdinalIgnoreCase))
            throw new InvalidInputException("truncated HTML: the page opens <html> but ends before </html>");
        var page = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting };
        try
        {
            page.LoadHtml(html);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The parser reports too deep a nesting with a plain Exception.
            throw new InvalidInputException(e.Message.StartsWith("Document has more than", StringComparison.Ordinal)
                ? $"HTML nested too deeply (the limit is {MaxNesting} levels)"
                : $"the HTML cannot be parsed ({e.Message})");
        }
        var top = page.DocumentNode;

        var (title, url, published) = ReadMetadata(top);
        RemoveAll(top, n => n.NodeType == HtmlNodeType.Comment || (n.NodeType == HtmlNodeType.Element && DroppedTags.Contains(n.Name)));
        var root = FindArticleRoot(top);
        RemoveAll(root, n => n != root && n.NodeType == HtmlNodeType.Element && IsFurniture(n));
        return new Document(id, ExtractText(root), published, title, url, source);
    }

    private static bool IsFurniture(HtmlNode node)
    {
        foreach (var attribute in new[] { "class", "id", "role" })
        {
            var value = node.GetAttributeValue(attribute, null);
            if (value != null && FurnitureName().IsMatch(value)) return true;
        }
        return node.GetAttributeValue("aria-hidden", null) == "true";
    }

    private static void RemoveAll(HtmlNode root, Func<HtmlNode, bool> drop)
    {
        var doomed = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.ChildNodes)
            {
                if (drop(child)) doomed.Add(child);
                else stack.Push(child);
            }
        }
        foreach (var node in doomed) node.Remove();
    }

    /// <summary>
    /// The element that holds the story: the explicit article containers when the page has them,
    /// otherwise the element whose own paragraphs hold the most text (as Readability scores them).
    /// </summary>
    private static HtmlNode FindArticleRoot(HtmlNode top)
    {
        var paragraphText = new Dictionary<HtmlNode, int>();
        HtmlNode? bestExplicit = null;
        int bestExplicitScore = 0;
        foreach (var node in Descendants(top))
        {
            if (node.NodeType != HtmlNodeType.Element) continue;
            if (node.Name == "p")
            {
                int length = ParagraphWeight(node);
                if (length == 0) continue;
                if (node.ParentNode is { } parent)
                {
                    paragraphText[parent] = paragraphText.GetValueOrDefault(parent) + length;
                    if (parent.ParentNode is { } grand)
                        paragraphText[grand] = paragraphText.GetValueOrDefault(grand) + length / 2;
                }
            }
        }
        var explicitScores = new List<(HtmlNode Node, int Score)>();
        foreach (var node in Descendants(top))
        {
            if (node.NodeType != HtmlNodeType.Element || !IsExplicitArticle(node)) continue;
            int score = Descendants(node).Where(n => n.Name == "p").Sum(ParagraphWeight);
            explicitScores.Add((node, score));
            if (score > bestExplicitScore) (bestExplicit, bestExplicitScore) = (node, score);
        }
        if (bestExplicit != null)
        {
            // <main> often wraps the <article>: prefer the innermost container that keeps most of the text.
            foreach (var (node, score) in explicitScores)
                if (score * 10 >= bestExplicitScore * 8 && node.Ancestors().Contains(bestExplicit)) bestExplicit = node;
            return bestExplicit;
        }
        var best = paragraphText.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
        return best ?? top.SelectSingleNode("//body") ?? top;
    }

    private static bool IsExplicitArticle(HtmlNode node) =>
        node.Name is "article" or "main"
        || node.GetAttributeValue("itemprop", "") == "articleBody"
        || node.GetAttributeValue("role", "") == "main";

    /// <summary>A paragraph's text length, or 0 for a link list dressed as a paragraph.</summary>
    private static int ParagraphWeight(HtmlNode p)
    {
        int total = VisibleLength(p);
        if (total < 20) return 0;
        int linked = p.Descendants("a").Sum(VisibleLength);
        return linked * 2 > total ? 0 : total;
    }

    private static int VisibleLength(HtmlNode node)
    {
        int n = 0;
        foreach (var d in Descendants(node))
            if (d.NodeType == HtmlNodeType.Text)
                foreach (char c in d.InnerText) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    /// <summary>Pre-order walk over the subtree, without recursion.</summary>
    private static IEnumerable<HtmlNode> Descendants(HtmlNode root)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (int i = node.ChildNodes.Count - 1; i >= 0; i--) stack.Push(node.ChildNodes[i]);
        }
    }

    /// <summary>Block elements become paragraphs separated by a blank line; link-dense blocks are dropped.</summary>
    private static string ExtractText(HtmlNode root)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        int linkedChars = 0;
        bool pendingSpace = false;

        void Flush()
        {
            var text = current.ToString().Trim(' ', '\n');
            int visible = 0;
            foreach (char c in text) if (!char.IsWhiteSpace(c)) visible++;
            if (visible > 0 && linkedChars * 2 <= visible) blocks.Add(text);
            current.Clear();
            linkedChars = 0;
            pendingSpace = false;
        }

        // Each stack entry is a node to enter, or (null, node) to leave a block element.
        var stack = new Stack<(HtmlNode? Enter, HtmlNode? Leave)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (enter, leave) = stack.Pop();
            if (leave != null)
            {
                Flush();
                continue;
            }
            var node = enter!;
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    var text = HtmlEntity.DeEntitize(((HtmlTextNode)node).Text);
                    bool inLink = node.Ancestors("a").Any();
                    foreach (char c in text)
                    {
                        if (char.IsWhiteSpace(c)) { pendingSpace = current.Length > 0; continue; }
                        if (pendingSpace && current.Length > 0 && current[^1] != '\n') current.Append(' ');
                        pendingSpace = false;
                        current.Append(c);
                        if (inLink) linkedChars++;
                    }
                    break;
                case HtmlNodeType.Element when node.Name == "br":
                    if (current.Length > 0) current.Append('\n');
                    pendingSpace = false;
                    break;
                default:
                    bool block = BlockTags.Contains(node.Name);
                    if (block)
                    {
                        Flush();
                        stack.Push((null, node));
                    }
                    for (int i = node.ChildNodes.Count - 1; i >= 0; i--) stack.Push((node.ChildNodes[i], null));
                    break;
            }
        }
        Flush();
        return string.Join("\n\n", blocks);
    }

    private static (string? Title, string? Url, DateOnly? Published) ReadMetadata(HtmlNode top)
    {
        string? ldHeadline = null, ldDate = null, ldUrl = null;
        foreach (var script in top.SelectNodes("//script[@type='application/ld+json']") ?? Enumerable.Empty<HtmlNode>())
        {
            var found = ReadJsonLd(script.InnerText);
            ldHeadline ??= found.Headline;
            ldDate ??= found.Date;
            ldUrl ??= found.Url;
        }

        string? Meta(string xpath, string attribute = "content")
        {
            var value = top.SelectSingleNode(xpath)?.GetAttributeValue(attribute, null);
            return string.IsNullOrWhiteSpace(value) ? null : HtmlEntity.DeEntitize(value).Trim();
        }

        var dateCandidates = new[]
        {
            ldDate,
            Meta("//meta[@property='article:published_time']"),
            Meta("//*[@itemprop='datePublished']"),
            Meta("//*[@itemprop='datePublished']", "datetime"),
            Meta("//time[@datetime]", "datetime"),
        };
        DateOnly? published = null;
        foreach (var candidate in dateCandidates)
            if (Dates.TryParseWebDate(candidate, out var date)) { published = date; break; }

        var title = ldHeadline
            ?? Meta("//meta[@property='og:title']")
            ?? CleanText(top.SelectSingleNode("//h1"))
            ?? CleanText(top.SelectSingleNode("//title"));
        var url = Meta("//link[@rel='canonical']", "href") ?? Meta("//meta[@property='og:url']") ?? ldUrl;
        return (title, url, published);
    }

    private static string? CleanText(HtmlNode? node)
    {
        if (node == null) return null;
        var text = Regex.Replace(HtmlEntity.DeEntitize(node.InnerText), @"\s+", " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Finds headline, datePublished and url in a JSON-LD block (objects, arrays or @graph); bad JSON is ignored.</summary>
    private static (string? Headline, string? Date, string? Url) ReadJsonLd(string json)
    {
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(HtmlEntity.DeEntitize(json))) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            root = JToken.ReadFrom(reader);
        }
        catch (JsonException)
        {
            return default;
        }
        string? headline = null, date = null, url = null;
        var stack = new Stack<JToken>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var token = stack.Pop();
            if (token is JObject obj)
            {
                headline ??= (obj["headline"] as JValue)?.Value as string;
                date ??= (obj["datePublished"] as JValue)?.Value as string;
                url ??= (obj["url"] as JValue)?.Value as string;
            }
            foreach (var child in token.Children().Reverse()) stack.Push(child);
        }
        return (headline, date, url);
    }
}
