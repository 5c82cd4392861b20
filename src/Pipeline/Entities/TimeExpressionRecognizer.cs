using System.Text.RegularExpressions;
using Pipeline.Documents;

namespace Pipeline.Entities;

/// <summary>
/// Finds time expressions and normalizes them to ISO 8601 at the precision the text gives (annotation guideline 2.4).
/// Relative expressions are resolved against the publication date ("this year", "last July", "Tuesday", "two months
/// ago") or against the date the story has reached ("the following year", "that March", "two years later"): the value
/// of the latest expression before them, the publication date until there is one. A date without a year takes the
/// year that makes the tense of its clause right. Without a publication date, what depends on it has no value.
/// "Effective immediately" and decades ("the 1990s") are found with no value, so that no date is attached.
/// Numeric dates: ISO "2019-10-10"; "d.m.yyyy"; "a/b/yyyy" only when the reading is certain (a or b above 12, or a = b),
/// else the year alone, since news uses both the US and the European order.
/// </summary>
public sealed partial class TimeExpressionRecognizer : IDocumentProcessor
{
    private const string FullMonth = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Month = $@"(?:(?<month>{FullMonth})\b|(?<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?<abbreviated>)\.?)";
    private const string Year = @"(?<year>(?:1[89]|20)\d\d)\b";
    private const string YearOrRelativeYear = $@"(?:{Year}|(?<yearrel>last|this|next)\s+year\b|(?<yearstory>that|the\s+same)\s+year\b)";
    private const string DayNumber = @"(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b";
    private const string DayWord =
        @"(?<dayword>(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)" +
        @"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth" +
        @"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen" +
        @"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\b";
    private const string DayThenYear = @"(?:\s*,\s*|\s+)";
    private const string MonthPart = @"(?<part>early|mid|late|the\s+(?:end|close|start|beginning|middle)\s+of)(?:\s+|-)";
    private const string Season = @"(?<season>spring|summer|autumn|fall|winter)\b";
    private const string Count = @"(?<count>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|a\s+few|few|several|a\s+couple\s+of)";
    private const string CountModifier = @"(?:(?:more|less|fewer)\s+than|nearly|almost|about|around|some|over|roughly|just\s+(?:over|under))\s+";
    private const string NotAQuantity =
        @"(?![.,]\d|\s?%|[-–]\d{3}\b|\s+(?:pct|percent|per\s+cent|mln|million|billion|bln|trillion|dlrs|dollars|shares|yuan|yen|euros?|pounds|stg" +
        @"|marks|francs|crowns|tonnes|tons|ounces|barrels|employees|workers|people|jobs|units|stores|branches|points|acres|feet|miles|km|kg" +
        @"|cars|vehicles|homes|beds|rooms|members)\b)";

    // One pattern per form. At a position the first form that matches wins, so longer forms come first.
    private const string IsoDate = @"\b(?<year>(?:19|20)\d\d)-(?<monthnumber>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b";
    private const string NumericDate = @"(?<![\d.,/])\b(?<first>0?[1-9]|[12]\d|3[01])(?<separator>[/.])(?<second>0?[1-9]|[12]\d|3[01])\k<separator>(?<year>(?:19|20)\d\d)\b(?![.,/]?\d)";
    private const string MonthDayYear = $@"{Month}\s+{DayNumber}{DayThenYear}{YearOrRelativeYear}";
    private const string MonthSpelledDayYear = $@"{Month}\s+{DayWord}{DayThenYear}{YearOrRelativeYear}";
    private const string DayMonthYear = $@"(?<![\d.,])(?:the\s+)?{DayNumber}(?:\s+of)?\s+{Month}{DayThenYear}{YearOrRelativeYear}";
    private const string OrdinalOfMonth = $@"the\s+{DayWord}\s+of\s+{Month}(?:{DayThenYear}{YearOrRelativeYear})?";
    private const string MonthYear = $@"(?:{MonthPart})?{Month}(?:\s*,\s*|\s+of\s+|\s+){YearOrRelativeYear}";
    private const string MonthDay = $@"{Month}\s+{DayNumber}(?![.,:]?\d)";
    // A number word after a month is a day only after a word that introduces a date: "effective June one", not "in May two directors".
    private const string MonthDayWord = $@"(?<=\b(?:on|effective|from|starting|beginning|until|till|by|of)\s+){Month}\s+{DayWord}";
    private const string DayMonth = $@"(?<![\d.,])(?:the\s+)?{DayNumber}(?:\s+of)?\s+{Month}";
    // A day of the month alone, as translated Chinese news writes it: "at a meeting held on the 11th, elected". Only where
    // it ends its phrase, so not "on the 22nd floor".
    private const string DayAlone = @"(?<=\b(?:on|of|from|since|until|by)\s+)the\s+(?<dayalone>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s*$|\s+(?:that|and|when|after|before|at|in|to|with|as)\b)";
    private const string RelativeMonth = $@"(?:(?<rel>last|next|this|that|past)\s+|the\s+(?<rel>previous|following)\s+|{MonthPart}){Month}";
    private const string SeasonAlone =
        $@"(?<rel>last|next|this|that|past)\s+{Season}|(?:(?<part>early|mid|late)(?:\s+|-))?{Season}(?:\s+of)?\s+{Year}|the\s+{Season}\s+of\s+{Year}|(?<=\bin\s+)the\s+(?<season>spring|summer|autumn|winter)\b";
    private const string PartOfYear =
        @"(?:(?<part>early|mid|late)(?:\s+|-)|(?<part>the\s+(?:end|close|start|beginning|middle)\s+of)\s+|(?<part>the\s+(?:first|second)\s+half\s+of)\s+" +
        @"|(?<part>(?:the\s+)?(?:first|second|third|fourth)(?:\s+|-)quarter\s+of)\s+|(?<part>Q[1-4]|H[12])\s*|(?<part>fiscal(?:\s+year)?|FY)\s*)" +
        $@"{Year}";
    private const string Decade = @"(?<decade>(?:the\s+)?(?:(?:early|mid|late)(?:\s+|-))?(?:1[89]|20)\d0s)\b";
    private const string YearRangeEnd = $@"(?<=(?:1[89]|20)\d\d\s?[-–—]\s?){Year}";
    private const string PlainYear = $@"(?<![$£€¥\#]\s?|\d[.,:/]|\d\s?[-–—]\s?|\bNo\.?\s?)\b{Year}{NotAQuantity}";
    private const string Quarter =
        @"the\s+(?:(?<quarter>first|second|third|fourth)(?:\s+|-)quarter|(?<half>first|second)\s+half(?=\s+of\s+(?:this|last|next|the)\s+year))" +
        @"(?:\s+of\s+(?:(?<pubrel>this|last|next)|(?<therel>the))\s+year)?\b";
    private const string CountedUnits = $@"(?:{CountModifier})?{Count}\s+(?<unit>year|month|week|day)s?\s+(?<direction>ago|later|earlier)\b";
    private const string InCountedUnits = $@"\bin\s+(?<in>){Count}\s+(?<unit>year|month|week|day)s?\b(?!\s+(?:of|to|after|before|since|ago|later|earlier)\b)";
    private const string UnitPart = @"(?:(?<part>early|earlier|late|later|mid)(?:\s+|-))?";
    private const string PublicationUnit = $@"{UnitPart}(?<pubrel>this|last|next|past)\s+(?<unit>year|month|week)\b";
    private const string TheUnit = @"the\s+(?:(?<pubrel>past|coming|current)|(?<storyrel>following|next|previous|prior))\s+(?<unit>year|month|week|day|date)\b";
    // "The same day that he relinquishes the post" is dated by its clause, not by the story.
    private const string SameUnit = @"the\s+(?<storyrel>same)\s+(?<unit>year|month|week|day|date)\b(?!\s+(?:that|as|when)\b)";
    private const string ThatUnit = $@"{UnitPart}(?<storyrel>that)\s+(?<unit>year|month|week|day)\b";
    private const string PartOfUnit =
        @"(?<part>the\s+(?:end|close|start|beginning|middle)\s+of)\s+(?:(?<pubrel>this|last|next)|(?<storyrel>that)|(?<therel>the))\s+(?<unit>year|month)\b" +
        @"|(?<part>earlier|later)\s+in\s+the\s+(?<therel>)(?<unit>year|month)\b";
    private const string UnitBeforeAfter = @"the\s+(?<unit>year|month|day)\s+(?<storyrel>before|after)(?=\s*[.,;:)]|\s*$)";
    private const string Today = @"(?<today>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b";
    private const string Weekday = @"(?:(?<rel>last|next|this|past|coming)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b";
    private const string Immediate = @"(?<immediate>effective\s+immediately|with\s+immediate\s+effect|immediately)\b";

    // The forms are grouped in several small matchers, tried in order at each token that can start an expression:
    // one alternation of all of them compiles into a matcher many times slower. The first group that matches wins.
    private const RegexOptions FormOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex($@"\G\b(?:{IsoDate}|{NumericDate})", FormOptions)]
    private static partial Regex NumericDates();

    [GeneratedRegex($@"\G\b(?:{MonthDayYear}|{DayMonthYear}|{MonthDay}|{DayMonth}|{DayAlone})", FormOptions)]
    private static partial Regex Days();

    [GeneratedRegex($@"\G\b(?:{MonthSpelledDayYear}|{OrdinalOfMonth}|{MonthDayWord})", FormOptions)]
    private static partial Regex SpelledDays();

    [GeneratedRegex($@"\G\b(?:{MonthYear}|{RelativeMonth}|{SeasonAlone}|{Month})", FormOptions)]
    private static partial Regex MonthsAndSeasons();

    [GeneratedRegex($@"\G\b(?:{PartOfYear}|{Decade}|{YearRangeEnd}|{PlainYear}|{Quarter})", FormOptions)]
    private static partial Regex Years();

    [GeneratedRegex($@"\G\b(?:{PartOfUnit}|{CountedUnits}|{InCountedUnits}|{PublicationUnit}|{TheUnit}|{SameUnit}|{ThatUnit}|{UnitBeforeAfter})", FormOptions)]
    private static partial Regex RelativeUnits();

    [GeneratedRegex($@"\G\b(?:{Today}|{Weekday}|{Immediate})", FormOptions)]
    private static partial Regex DaysOfTheWeekAndNow();

    private static readonly Regex[] Forms = [NumericDates(), Days(), SpelledDays(), MonthsAndSeasons(), Years(), RelativeUnits(), DaysOfTheWeekAndNow()];

    /// <summary>The words that the forms begin with (a number begins one too); a hyphenated word counts by its first part ("mid-2019").</summary>
    private static readonly WordSet StartWords = new([
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "the", "early", "mid", "late", "earlier", "later", "last", "next", "this", "that", "past", "coming",
        "spring", "summer", "autumn", "fall", "winter", "fiscal", "FY", "Q", "H",
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "eighteen",
        "twenty", "thirty", "few", "several", "more", "less", "fewer", "nearly", "almost", "about", "around", "some", "over", "roughly", "just",
        "in", "today", "tonight", "yesterday", "tomorrow", "effective", "with", "immediately",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a month alone that make it a date ("in May", "since March"), not the verb or a name.</summary>
    private static readonly WordSet MonthIntroducers = new([
        "in", "since", "until", "till", "by", "from", "of", "through", "before", "after", "during", "between", "to", "on",
        "early", "late", "mid", "last", "next", "this", "that", "effective", "starting", "beginning",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a year in the 1800s that make it a year, not a quantity.</summary>
    private static readonly WordSet OldYearIntroducers = new(["in", "since", "from", "until", "till", "of", "by", "around", "circa"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a date the start of a term: "effective April 1", "starting Jan. 1".</summary>
    private static readonly WordSet EffectiveWords = new(["effective", "starting", "beginning"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make "the end of the year" a deadline ahead, whatever the tense: "expected approval by the end of the year".</summary>
    private static readonly WordSet Deadlines = new(["by", "until", "till", "through", "before"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"Immediately" that is about a reply, not about an event: "did not immediately respond".</summary>
    private static readonly WordSet NotAnEventAfterImmediately = new([
        "after", "before", "following", "available", "clear", "known", "respond", "responded", "comment", "commented",
        "return", "returned", "reply", "replied", "reachable", "obvious", "apparent",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a month alone that make it part of a name: "May Co.", "May Department Stores".</summary>
    private static readonly WordSet CompanyWords = new(["Co", "Co.", "Corp", "Corp.", "Company", "Inc", "Inc.", "Department", "Stores"], StringComparer.Ordinal);

    /// <summary>Words before "that" that make it a conjunction, not "that March" of the story: "said that May sales rose".</summary>
    private static readonly WordSet BeforeThatConjunction = new([
        "said", "says", "say", "announced", "added", "noted", "reported", "stated", "confirmed", "disclosed", "revealed", "learned",
        "believes", "expects", "hopes", "and", "but", "so",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet NamedDays = new(["Black", "Cyber", "Good", "Super", "Easter", "Ash", "Holy"], StringComparer.Ordinal);

    /// <summary>Words before a weekday or a month alone that make it any such day or month: "every Monday", "on a Tuesday morning", "our December issue".</summary>
    private static readonly WordSet GenericDeterminers = new(["a", "an", "every", "each", "our", "its", "their", "his", "her", "my", "your", "'s", "\u2019s"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a weekday that make it a habit: "Friday nights", "Saturday hours".</summary>
    private static readonly WordSet HabitualAfterWeekday = new(["nights", "mornings", "afternoons", "evenings", "hours", "shifts"], StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["first"] = 1, ["two"] = 2, ["second"] = 2, ["three"] = 3, ["third"] = 3, ["four"] = 4, ["fourth"] = 4,
        ["five"] = 5, ["fifth"] = 5, ["six"] = 6, ["sixth"] = 6, ["seven"] = 7, ["seventh"] = 7, ["eight"] = 8, ["eighth"] = 8, ["nine"] = 9,
        ["ninth"] = 9, ["ten"] = 10, ["tenth"] = 10, ["eleven"] = 11, ["eleventh"] = 11, ["twelve"] = 12, ["twelfth"] = 12, ["thirteen"] = 13,
        ["thirteenth"] = 13, ["fourteen"] = 14, ["fourteenth"] = 14, ["fifteen"] = 15, ["fifteenth"] = 15, ["sixteen"] = 16, ["sixteenth"] = 16,
        ["seventeen"] = 17, ["seventeenth"] = 17, ["eighteen"] = 18, ["eighteenth"] = 18, ["nineteen"] = 19, ["nineteenth"] = 19,
        ["twenty"] = 20, ["twentieth"] = 20, ["thirty"] = 30, ["thirtieth"] = 30,
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "time-expressions";
    public Annotations Requires => Annotations.Sentences;
    public Annotations Produces => Annotations.TimeExpressions;

    public void Process(Document document)
    {
        var story = document.Published is DateOnly published ? DatePoint.OfDay(published) : (DatePoint?)null;
        var found = new List<Found>();
        foreach (var sentence in document.Sentences)
        {
            document.Cancellation.ThrowIfCancellationRequested();
            // The forms look around within the sentence only.
            var text = document.TextOf(sentence.Span);
            found.Clear();
            foreach (var m in Matches(document, sentence, text))
            {
                int start = sentence.Start + m.Index;
                int first = FirstTokenFrom(document, sentence, start), end = FirstTokenFrom(document, sentence, start + m.Length, startingAt: true);
                var candidate = new Found(m, start, document, sentence, first, end, found.Count > 0 ? found[^1].EndToken : sentence.FirstToken, sentence.EndToken);
                if (Accept(candidate)) found.Add(candidate);
            }
            for (int i = 0; i < found.Count; i++)
            {
                // The tense of an expression is read up to its neighbours, whose verbs are theirs.
                var f = found[i] with { CuesTo = i + 1 < found.Count ? found[i + 1].FirstToken : sentence.EndToken };
                var value = ResolveInCalendar(f, document.Published, story);
                // "chief executive since 2006" gives the background of a state, not the point the story has reached.
                if (value is DatePoint date && !f.WordBefore().Equals("since", StringComparison.OrdinalIgnoreCase)) story = date;
                document.TimeExpressions.Add(new TimeExpression(new TextSpan(f.Start, f.Start + f.Match.Length), f.Match.Value, value?.Iso, f.FirstToken, f.EndToken));
            }
        }
    }

    /// <summary>
    /// Non-overlapping matches in text order. An expression starts at a token or after a hyphen inside one ("1998-2007"),
    /// with a number or a start word; there the first group of forms that matches gives it.
    /// </summary>
    private static IEnumerable<Match> Matches(Document doc, Sentence sentence, string text)
    {
        int free = sentence.Start;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = doc.Tokens[k];
            for (int start = token.Start; start < token.End; start = AfterHyphen(doc.Text, start, token.End))
            {
                if (start < free || !CanStart(doc.Text.AsSpan(start, token.End - start))) continue;
                foreach (var form in Forms)
                {
                    var m = form.Match(text, start - sentence.Start);
                    if (!m.Success) continue;
                    free = start + m.Length;
                    yield return m;
                    break;
                }
            }
        }
    }

    /// <summary>The next place to try inside a token: after its next hyphen, else its end.</summary>
    private static int AfterHyphen(string text, int start, int end)
    {
        int hyphen = text.AsSpan(start, end - start).IndexOf('-');
        return hyphen < 0 ? end : start + hyphen + 1;
    }

    /// <summary>Whether a number or a start word begins here; the word is its leading letters ("mid" of "mid-2019", "FY" of "FY2020").</summary>
    private static bool CanStart(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        if (char.IsDigit(word[0])) return true;
        int letters = 0;
        while (letters < word.Length && char.IsLetter(word[letters])) letters++;
        return StartWords.Contains(word[..letters]);
    }

    /// <summary>
    /// A match with what is needed to judge and resolve it: its offset in the document, its sentence, its tokens [FirstToken, EndToken), and the
    /// tokens [CuesFrom, CuesTo) where the verb that governs it may be.
    /// </summary>
    private readonly record struct Found(Match Match, int Start, Document Document, Sentence Sentence, int FirstToken, int EndToken, int CuesFrom, int CuesTo)
    {
        public bool Has(string group) => Match.Groups[group].Success;

        public string Group(string group) => Match.Groups[group].Value;

        public ReadOnlySpan<char> WordBefore(int back = 1) =>
            FirstToken - back >= Sentence.FirstToken ? Document.Slice(Document.Tokens[FirstToken - back]) : default;

        public ReadOnlySpan<char> WordAfter => EndToken < Sentence.EndToken ? Document.Slice(Document.Tokens[EndToken]) : default;

        public Tense Tense => TenseCues.Around(Document, Sentence, FirstToken, EndToken, CuesFrom, CuesTo);

        public Tense TenseOfClause => TenseCues.Around(Document, Sentence, FirstToken, EndToken, CuesFrom, CuesTo, withinClause: true);

        /// <summary>"effective April 1", "starting Jan. 1", "as of May 5", "with effect from 1 April".</summary>
        public bool IsEffectiveDate =>
            EffectiveWords.Contains(WordBefore()) || (WordBefore() is "of" && WordBefore(2) is "as") || (WordBefore() is "from" && WordBefore(2) is "effect");
    }

    /// <summary>The first token that ends after the offset, or (startingAt) the first that starts at or after it.</summary>
    private static int FirstTokenFrom(Document doc, Sentence sentence, int offset, bool startingAt = false)
    {
        int lo = sentence.FirstToken, hi = sentence.EndToken;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if ((startingAt ? doc.Tokens[mid].Start >= offset : doc.Tokens[mid].End > offset)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Rejects look-alikes: "may" the verb, "March" the noun, "Jan" the name, "1850 workers", "did not immediately respond".</summary>
    private static bool Accept(Found f)
    {
        var m = f.Match;
        if (f.Has("month") && !f.Has("monthnumber") && !char.IsUpper(f.Group("month")[0])) return false;
        if (f.Has("weekday") && (!char.IsUpper(f.Group("weekday")[0]) || NamedDays.Contains(f.WordBefore())
            || (!f.Has("rel") && GenericDeterminers.Contains(f.WordBefore())) || HabitualAfterWeekday.Contains(f.WordAfter))) return false;
        if (f.Has("immediate") && m.Value.Equals("immediately", StringComparison.OrdinalIgnoreCase))
            return !(f.WordBefore() is "not" or "n't" or "never") && !NotAnEventAfterImmediately.Contains(f.WordAfter);
        if (f.Has("in") && (f.Tense != Tense.Future || !IsDefiniteCount(f.Group("count")))) return false;
        if (f.Has("month") && f.Group("rel").Equals("that", StringComparison.OrdinalIgnoreCase)
            && (BeforeThatConjunction.Contains(f.WordBefore()) || CompanyWords.Contains(f.WordAfter))) return false;
        bool monthAlone = f.Has("month") && !f.Has("day") && !f.Has("dayword") && !f.Has("year") && !f.Has("yearrel") && !f.Has("yearstory") && !f.Has("rel") && !f.Has("part");
        if (monthAlone)
        {
            if (f.Has("abbreviated") || GenericDeterminers.Contains(f.WordBefore())) return false;
            if (CompanyWords.Contains(f.WordAfter)) return false;
            if (MonthIntroducers.Contains(f.WordBefore())) return true;
            // "May" and "March" are also words; other months are also first names ("June Smith").
            if (f.Group("month") is "May" or "March") return false;
            var next = f.WordAfter;
            return next.IsEmpty || !char.IsUpper(next[0]);
        }
        if (f.Has("year") && m.Value.Length == 4 && int.Parse(m.Value) < 1900) return OldYearIntroducers.Contains(f.WordBefore());
        return true;
    }

    /// <summary>
    /// The expression's date, or none when the calendar cannot hold it (before year 1 or after 9999: "the year before"
    /// in a story published in year 1). Date arithmetic throws there, and one odd date must not lose the document.
    /// </summary>
    private static DatePoint? ResolveInCalendar(Found f, DateOnly? published, DatePoint? story)
    {
        try
        {
            return Resolve(f, published, story);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static DatePoint? Resolve(Found f, DateOnly? published, DatePoint? story)
    {
        if (f.Has("immediate") || f.Has("decade")) return null;
        if (f.Has("first")) return ResolveNumericDate(int.Parse(f.Group("first")), int.Parse(f.Group("second")), f.Group("separator"), int.Parse(f.Group("year")));
        if (f.Has("count")) return ResolveCountedUnits(f, published, story);
        if (f.Has("unit")) return ResolveRelativeUnit(f, published, story);
        if (f.Has("today"))
        {
            if (published is not DateOnly today) return null;
            return DatePoint.OfDay(f.Group("today").ToLowerInvariant() switch
            {
                "yesterday" or "last night" => today.AddDays(-1),
                "tomorrow" => today.AddDays(1),
                _ => today,
            });
        }
        if (f.Has("dayalone")) return published is DateOnly day ? TimeNormalizer.DayOfMonth(int.Parse(f.Group("dayalone")), day, CalendarDirection(f)) : null;
        if (f.Has("weekday")) return published is DateOnly p ? DatePoint.OfDay(TimeNormalizer.Weekday(Enum.Parse<DayOfWeek>(f.Group("weekday"), ignoreCase: true), p, WeekdayDirection(f))) : null;
        if (f.Has("quarter") || f.Has("half")) return ResolveQuarter(f, published, story);
        if (f.Has("season")) return ResolveSeason(f, published, story);
        return ResolveCalendar(f, published, story);
    }

    /// <summary>Month names, days and years: "October 10, 2019", "mid-2019", "the end of April", "last July", "that March".</summary>
    private static DatePoint? ResolveCalendar(Found f, DateOnly? published, DatePoint? story)
    {
        int? month = f.Has("monthnumber") ? int.Parse(f.Group("monthnumber")) : f.Has("month") ? MonthNumber(f.Group("month")) : null;
        int? day = f.Has("day") ? int.Parse(f.Group("day")) : f.Has("dayword") ? DayFromWords(f.Group("dayword")) : null;
        var part = f.Group("part").ToLowerInvariant();

        var relation = f.Group("rel").ToLowerInvariant();
        int? year = f.Has("year") ? int.Parse(f.Group("year"))
            : f.Has("yearrel") ? published?.Year + RelativeOffset(f.Group("yearrel"))
            : f.Has("yearstory") || relation == "that" ? story?.Year
            : relation == "this" ? published?.Year
            : null;

        if (month is not int mo)
        {
            if (year is not int y) return null;
            // "The end of 2019" lies inside December; "mid-2019", a quarter or fiscal 2019 span several months.
            if (part.StartsWith("the end of") || part.StartsWith("the close of")) return DatePoint.OfMonth(y, 12);
            if (part.StartsWith("the start of") || part.StartsWith("the beginning of")) return DatePoint.OfMonth(y, 1);
            return DatePoint.OfYear(y);
        }
        if (year is int known) return day is int d ? DatePoint.OfDayOrMonth(known, mo, d) : DatePoint.OfMonth(known, mo);
        if (relation is "previous" or "following")
            return story is DatePoint s ? TimeNormalizer.CalendarDate(mo, day, s.Date, relation == "previous" ? Direction.Before : Direction.After) : null;
        if (published is not DateOnly p) return null;
        return TimeNormalizer.CalendarDate(mo, day, p, CalendarDirection(f));
    }

    /// <summary>"the third quarter", "the second half of this year": the year, chosen like that of a month without a year.</summary>
    private static DatePoint? ResolveQuarter(Found f, DateOnly? published, DatePoint? story)
    {
        if (published is not DateOnly p) return null;
        if (f.Has("pubrel")) return DatePoint.OfYear(p.Year + RelativeOffset(f.Group("pubrel")));
        if (f.Has("therel")) return DatePoint.OfYear(!LooksAhead(f) && story is DatePoint s ? s.Year : p.Year);
        int middleMonth = f.Has("quarter") ? 3 * DayFromWords(f.Group("quarter"))!.Value - 1 : f.Group("half").Equals("first", StringComparison.OrdinalIgnoreCase) ? 4 : 10;
        return TimeNormalizer.CalendarDate(middleMonth, null, p, CalendarDirection(f)).Coarsen(DatePrecision.Year);
    }

    /// <summary>Seasons give a year: "spring 2019", "next spring", "in the autumn". Winter straddles two years and has none without one.</summary>
    private static DatePoint? ResolveSeason(Found f, DateOnly? published, DatePoint? story)
    {
        if (f.Has("year")) return DatePoint.OfYear(int.Parse(f.Group("year")));
        var season = f.Group("season").ToLowerInvariant();
        if (season == "winter") return null;
        if (f.Group("rel").Equals("that", StringComparison.OrdinalIgnoreCase)) return story is DatePoint s ? DatePoint.OfYear(s.Year) : null;
        if (published is not DateOnly p) return null;
        if (f.Group("rel").Equals("this", StringComparison.OrdinalIgnoreCase)) return DatePoint.OfYear(p.Year);
        int middleMonth = season switch { "spring" => 4, "summer" => 7, _ => 10 };
        return TimeNormalizer.CalendarDate(middleMonth, null, p, CalendarDirection(f)).Coarsen(DatePrecision.Year);
    }

    /// <summary>"two months ago" (publication), "three years later", "a year earlier" (story), "in two weeks" (publication, ahead).</summary>
    private static DatePoint? ResolveCountedUnits(Found f, DateOnly? published, DatePoint? story)
    {
        if (!IsDefiniteCount(f.Group("count"))) return null;
        int count = ParseCount(f.Group("count"));
        var unit = Unit(f.Group("unit"));
        return f.Group("direction").ToLowerInvariant() switch
        {
            "ago" => published is DateOnly p ? TimeNormalizer.Shift(DatePoint.OfDay(p), unit, -count) : null,
            "later" => story is DatePoint s ? TimeNormalizer.Shift(s, unit, count) : null,
            "earlier" => story is DatePoint s ? TimeNormalizer.Shift(s, unit, -count) : null,
            _ => published is DateOnly ahead ? TimeNormalizer.Shift(DatePoint.OfDay(ahead), unit, count) : null,
        };
    }

    /// <summary>"this year", "last week", "the following year", "that month", "the end of last year", "later in the year".</summary>
    private static DatePoint? ResolveRelativeUnit(Found f, DateOnly? published, DatePoint? story)
    {
        var unit = Unit(f.Group("unit"));
        DatePoint? anchor;
        int offset;
        if (f.Has("pubrel"))
        {
            anchor = published is DateOnly p ? DatePoint.OfDay(p) : null;
            offset = RelativeOffset(f.Group("pubrel"));
            if (unit == TimeUnit.Week && anchor is DatePoint a) return TimeNormalizer.Week(a.Date.AddDays(7 * offset));
        }
        else if (f.Has("therel"))
        {
            anchor = LooksAhead(f) && published is DateOnly p ? DatePoint.OfDay(p) : story;
            offset = 0;
        }
        else
        {
            anchor = story;
            offset = f.Group("storyrel").ToLowerInvariant() switch
            {
                "following" or "next" or "after" => 1,
                "previous" or "prior" or "before" => -1,
                _ => 0,
            };
        }
        if (anchor is not DatePoint from) return null;
        var shifted = TimeNormalizer.Shift(from, unit, offset);
        var part = f.Group("part").ToLowerInvariant();
        if (unit == TimeUnit.Year && (part.StartsWith("the end of") || part.StartsWith("the close of"))) return DatePoint.OfMonth(shifted.Year, 12);
        if (unit == TimeUnit.Year && (part.StartsWith("the start of") || part.StartsWith("the beginning of"))) return DatePoint.OfMonth(shifted.Year, 1);
        return shifted;
    }

    /// <summary>
    /// "04.03.2019" is day.month.year, the European order. With slashes the order is read only when the numbers show it
    /// ("12/25/2019", "25/12/2019", "10/10/2019"); "03/04/2019" gives the year alone.
    /// </summary>
    private static DatePoint ResolveNumericDate(int first, int second, string separator, int year)
    {
        (int Month, int Day)? reading = separator == "." ? (second, first)
            : first == second || second > 12 ? (first, second)
            : first > 12 ? (second, first)
            : null;
        return reading is (int month, int day) && month <= 12 ? DatePoint.OfDayOrMonth(year, month, day) : DatePoint.OfYear(year);
    }

    /// <summary>
    /// Whether "the year" or "the month" is the publication's: "will retire at the end of the year", "approval by the end
    /// of the year"; in a narrative of the past it is the story's ("joined in March 2015 and left at the end of the year").
    /// </summary>
    private static bool LooksAhead(Found f) => f.Tense != Tense.Past || Deadlines.Contains(f.WordBefore());

    /// <summary>
    /// Signals before the expression first, then the tense of its clause. A date after "from" is the start of a term:
    /// news writes "appointed him finance director from May 3" in the past tense of the appointment, for a date ahead.
    /// </summary>
    private static Direction CalendarDirection(Found f)
    {
        switch (f.Group("rel").ToLowerInvariant())
        {
            case "last" or "past": return Direction.Before;
            case "next": return Direction.After;
        }
        var tense = f.Tense;
        if (tense == Tense.Future) return Direction.OnOrAfter;
        if (f.IsEffectiveDate || f.WordBefore() is "from") return Direction.Effective;
        if (f.WordBefore() is "since" || tense == Tense.Past) return Direction.OnOrBefore;
        return Direction.Nearest;
    }

    /// <summary>News reports the past week: a weekday is on or before publication unless the tense or a signal points ahead.</summary>
    private static Direction WeekdayDirection(Found f)
    {
        switch (f.Group("rel").ToLowerInvariant())
        {
            case "last" or "past": return Direction.Before;
            case "next" or "coming": return Direction.After;
        }
        if (f.IsEffectiveDate) return Direction.OnOrAfter;
        // Only a future verb of the weekday's own clause: "will pay $27.50, a premium to the close on Wednesday".
        return f.TenseOfClause == Tense.Future ? Direction.After : Direction.OnOrBefore;
    }

    private static int RelativeOffset(string relation) => relation.ToLowerInvariant() switch
    {
        "last" or "past" => -1,
        "next" or "coming" => 1,
        _ => 0,
    };

    private static TimeUnit Unit(string unit) => unit.ToLowerInvariant() switch
    {
        "year" => TimeUnit.Year,
        "month" => TimeUnit.Month,
        "week" => TimeUnit.Week,
        _ => TimeUnit.Day,
    };

    private static bool IsDefiniteCount(string count) => !(count.Contains("few", StringComparison.OrdinalIgnoreCase)
        || count.Equals("several", StringComparison.OrdinalIgnoreCase) || count.Contains("couple", StringComparison.OrdinalIgnoreCase));

    private static int ParseCount(string count) => int.TryParse(count, out int n) ? n : NumberWords[count];

    /// <summary>"one", "first", "twenty-one", "thirty first".</summary>
    private static int? DayFromWords(string words)
    {
        int total = 0;
        foreach (var range in words.AsSpan().SplitAny(" -\t\r\n"))
        {
            var word = words.AsSpan()[range];
            if (word.IsEmpty) continue;
            if (!NumberWords.TryGetValue(word, out int n)) return null;
            total += n;
        }
        return total is >= 1 and <= 31 ? total : null;
    }

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
