using Pipeline.Documents;
using Pipeline.Events;
using Pipeline.Learning;
using Pipeline.Tests.Entities;

namespace Pipeline.Tests.Events;

/// <summary>How scored candidates become events: competition between organizations and people, and dates.</summary>
public class EventExtractorTests
{
    /// <summary>A document of the given sentences with the given mentions (first token, end token, type) and coreference.</summary>
    internal static Document Article(string[] sentences, params (int First, int End, MentionType Type)[] mentions)
    {
        var document = EntityTaggerResourcesTests.DocumentOf(sentences);
        foreach (var (first, end, type) in mentions)
        {
            var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
            document.Mentions.Add(new Mention(span, type, document.TextOf(span), first, end));
        }
        new Coreference().Process(document);
        return document;
    }

    internal static void AddTime(Document document, int first, int end, string? value)
    {
        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
        document.TimeExpressions.Add(new TimeExpression(span, document.TextOf(span), value, first, end));
    }

    private static string[] Events(Document document, Func<EventCandidate, (EventType, float)> score)
    {
        var candidates = EventCandidates.Of(document);
        var prepared = new DocumentCandidates(document, candidates, new FeatureHash[candidates.Count][]);
        return EventExtractor.Events(prepared, candidates.Select(score).ToArray(), 0, default)
            .Select(e => $"{e.Type} {e.Person} | {e.Company} | {e.Role ?? "-"} | {e.Date ?? "-"}").ToArray();
    }

    [Test]
    public void APersonAndTitleGoToTheBestScoredOrganizationForEachType()
    {
        // Acme 0 Corp 1 named 2 Jane 3 Roe 4 chief 5 executive 6 of 7 Beta 8 Inc 9 . 10
        var document = Article(["Acme Corp named Jane Roe chief executive of Beta Inc ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (5, 7, MentionType.Title), (8, 10, MentionType.Organization));
        var margins = new Dictionary<string, (EventType, float)>
        {
            ["Acme Corp -"] = (EventType.Start, 5), ["Acme Corp chief executive"] = (EventType.Start, 7),
            ["Beta Inc -"] = (EventType.End, 3), ["Beta Inc chief executive"] = (EventType.Start, 10),
        };
        Assert.That(Events(document, c => margins[$"{c.OrganizationEntity.Name} {c.Role?.Text ?? "-"}"]), Is.EqualTo(new[]
        {
            "Start Jane Roe | Acme Corp | - | -", "End Jane Roe | Beta Inc | - | -", "Start Jane Roe | Beta Inc | chief executive | -",
        }));
    }

    [Test]
    public void ATitleGoesToTheBestScoredPersonAtAnOrganization()
    {
        // Acme 0 Corp 1 said 2 Tom 3 Lee 4 replaced 5 Ann 6 Wu 7 as 8 chairman 9 . 10
        var document = Article(["Acme Corp said Tom Lee replaced Ann Wu as chairman ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (6, 8, MentionType.Person), (9, 10, MentionType.Title));
        Assert.That(Events(document, c => (EventType.Hold, c.PersonEntity.Name == "Tom Lee" ? 4 : 6)), Is.EqualTo(new[]
        {
            "Hold Tom Lee | Acme Corp | - | -", "Hold Ann Wu | Acme Corp | - | -", "Hold Ann Wu | Acme Corp | chairman | -",
        }));
    }

    [Test]
    public void ATakenTitleBringsTheOthersOfItsRunThatTheModelGivesTheSameType()
    {
        // Acme 0 named 1 Jane 2 Roe 3 president 4 and 5 chief 6 executive 7 and 8 Tom 9 Lee 10 treasurer 11 . 12
        var document = Article(["Acme named Jane Roe president and chief executive and Tom Lee treasurer ."],
            (0, 1, MentionType.Organization), (2, 4, MentionType.Person), (4, 5, MentionType.Title), (6, 8, MentionType.Title),
            (9, 11, MentionType.Person), (11, 12, MentionType.Title));
        // Only "president" passes the threshold; "chief executive", joined to it by "and", scores a start below it. The
        // untitled candidates and "treasurer" (not in the run) score starts below it too.
        (EventType, float) Score(EventCandidate c, EventType executive) => c.Role?.Text switch
        {
            "president" when c.PersonEntity.Name == "Jane Roe" => (EventType.Start, 4),
            "chief executive" => (executive, -6),
            _ => (EventType.Start, -2),
        };
        Assert.Multiple(() =>
        {
            Assert.That(Events(document, c => Score(c, EventType.Start)), Is.EqualTo(new[]
            {
                "Start Jane Roe | Acme | president | -", "Start Jane Roe | Acme | chief executive | -",
            }));
            Assert.That(Events(document, c => Score(c, EventType.End)), Is.EqualTo(new[] { "Start Jane Roe | Acme | president | -" }));
        });
    }

    [Test]
    public void OfAMovesTwoTitlesTheOneBesideTheNameIsTheHeldPost()
    {
        // Acme 0 named 1 chief 2 operating 3 officer 4 Rosa 5 Lee 6 interim 7 chief 8 executive 9 . 10
        var named = Article(["Acme named chief operating officer Rosa Lee interim chief executive ."],
            (0, 1, MentionType.Organization), (2, 5, MentionType.Title), (5, 7, MentionType.Person), (7, 10, MentionType.Title));
        // Acme 0 said 1 Rosa 2 Lee 3 , 4 47 5 , 6 chief 7 operating 8 officer 9 , 10 will 11 leave 12 as 13 treasurer 14 . 15
        var leaves = Article(["Acme said Rosa Lee , 47 , chief operating officer , will leave as treasurer ."],
            (0, 1, MentionType.Organization), (2, 4, MentionType.Person), (7, 10, MentionType.Title), (14, 15, MentionType.Title));
        Assert.Multiple(() =>
        {
            Assert.That(Events(named, c => (EventType.Start, c.Role == null ? -5 : 5)), Is.EqualTo(new[]
            {
                "Hold Rosa Lee | Acme | chief operating officer | -", "Start Rosa Lee | Acme | interim chief executive | -",
            }));
            Assert.That(Events(leaves, c => (EventType.End, c.Role == null ? -5 : 5)), Is.EqualTo(new[]
            {
                "Hold Rosa Lee | Acme | chief operating officer | -", "End Rosa Lee | Acme | treasurer | -",
            }));
            // A title beside the name alone is the move's.
            Assert.That(Events(leaves, c => (EventType.End, c.Role?.Text == "chief operating officer" ? 5 : -5)),
                Is.EqualTo(new[] { "End Rosa Lee | Acme | chief operating officer | -" }));
        });
    }

    [Test]
    public void ADeniedMoveLeavesThePostHeld()
    {
        // Acme 0 denied 1 a 2 report 3 that 4 Ann 5 Lee 6 would 7 leave 8 . 9 | Ann 10 Lee 11 , 12 however 13 , 14 left 15 Acme 16 . 17
        var document = Article(["Acme denied a report that Ann Lee would leave .", "Ann Lee , however , left Acme ."],
            (0, 1, MentionType.Organization), (5, 7, MentionType.Person), (10, 12, MentionType.Person), (16, 17, MentionType.Organization));
        Assert.That(Events(document, c => (EventType.End, c.Scope == OrganizationScope.Sentence ? 5 : -5)), Is.EqualTo(new[]
        {
            "Hold Ann Lee | Acme | - | -", "End Ann Lee | Acme | - | -",
        }));
    }

    [Test]
    public void AFormerTitleIsAHeldPost()
    {
        // Ann 0 Lee 1 , 2 formerly 3 a 4 director 5 at 6 Acme 7 , 8 joined 9 Beta 10 as 11 treasurer 12 . 13
        var document = Article(["Ann Lee , formerly a director at Acme , joined Beta as treasurer ."],
            (0, 2, MentionType.Person), (5, 6, MentionType.Title), (7, 8, MentionType.Organization), (10, 11, MentionType.Organization), (12, 13, MentionType.Title));
        var margins = new Dictionary<string, (EventType, float)>
        {
            ["Acme director"] = (EventType.End, 5), ["Beta treasurer"] = (EventType.Start, 5),
        };
        Assert.That(Events(document, c => margins.GetValueOrDefault($"{c.OrganizationEntity.Name} {c.Role?.Text}", (EventType.Start, -5))), Is.EqualTo(new[]
        {
            "Hold Ann Lee | Acme | director | -", "Start Ann Lee | Beta | treasurer | -",
        }));
    }

    [Test]
    public void AnEventTakenWithoutATitleCarriesTheTitleTheRoleModelRanksBestForItsType()
    {
        // Acme 0 Corp 1 moved 2 Tom 3 Lee 4 , 5 head 6 of 7 sales 8 , 9 to 10 Paris 11 as 12 president 13 . 14 | Beta 15 Inc 16 hired 17 Ann 18 Wu 19 . 20
        var document = Article(["Acme Corp moved Tom Lee , head of sales , to Paris as president .", "Beta Inc hired Ann Wu ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (6, 9, MentionType.Title), (13, 14, MentionType.Title),
            (15, 17, MentionType.Organization), (18, 20, MentionType.Person));
        var candidates = EventCandidates.Of(document);
        var prepared = new DocumentCandidates(document, candidates, new FeatureHash[candidates.Count][]);
        // The event model takes Tom Lee's start and Ann Wu's without a title. The role model scores "president" 15 above
        // the candidate without a title for a start, and "head of sales" higher still, but for an end; Ann Wu has no title.
        var events = candidates.Select(c => c.Role == null && c.Scope == OrganizationScope.Sentence ? (EventType.Start, 5f) : (EventType.Start, -9f)).ToArray();
        var roles = candidates.SelectMany(c => c.Role?.Text switch
        {
            "president" => new[] { 0f, -15f, 0f, 0f },
            "head of sales" => [0f, -40f, 8f, 0f],
            _ => [0f, -30f, 0f, 0f],
        }).ToArray();
        string[] Extract(float roleThreshold) => EventExtractor.Events(prepared, events, 0, default, roles, roleThreshold)
            .Select(e => $"{e.Type} {e.Person} | {e.Company} | {e.Role ?? "-"}").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Extract(10), Is.EqualTo(new[] { "Start Tom Lee | Acme Corp | president", "Start Ann Wu | Beta Inc | -" }));
            Assert.That(Extract(20), Is.EqualTo(new[] { "Start Tom Lee | Acme Corp | -", "Start Ann Wu | Beta Inc | -" }));
        });
    }

    [Test]
    public void ASuccessionWithoutATitleEndsTheTitlesTheSuccessorStartsJustBefore()
    {
        // Acme 0 Corp 1 elected 2 Ann 3 Lee 4 as 5 chairman 6 and 7 chief 8 executive 9 officer 10 . 11 | She 12 replaces 13 Tom 14 Roe 15 . 16
        var document = Article(["Acme Corp elected Ann Lee as chairman and chief executive officer .", "She replaces Tom Roe ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (6, 7, MentionType.Title), (8, 11, MentionType.Title), (14, 16, MentionType.Person));
        Assert.That(Events(document, c => (EventType.Start, 5)), Is.EqualTo(new[]
        {
            "Start Ann Lee | Acme Corp | - | -", "Start Ann Lee | Acme Corp | chairman | -", "Start Ann Lee | Acme Corp | chief executive officer | -",
            "Start Ann Lee | Acme Corp | - | -", "End Tom Roe | Acme Corp | chairman | -", "End Tom Roe | Acme Corp | chief executive officer | -",
        }));
    }

    [Test]
    public void ASuccessionEndsTheTitleTheRoleModelGivesTheSuccessor()
    {
        // Acme 0 Corp 1 named 2 Ann 3 Lee 4 chairman 5 . 6 | She 7 replaces 8 Tom 9 Roe 10 . 11
        var document = Article(["Acme Corp named Ann Lee chairman .", "She replaces Tom Roe ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (5, 6, MentionType.Title), (9, 11, MentionType.Person));
        var candidates = EventCandidates.Of(document);
        var prepared = new DocumentCandidates(document, candidates, new FeatureHash[candidates.Count][]);
        // The event model takes Ann Lee's starts without a title only; the role model scores "chairman" 15 above the one
        // without a title for a start.
        var events = candidates.Select(c => c.Role == null && c.PersonEntity.Name == "Ann Lee" ? (EventType.Start, 5f) : (EventType.Start, -9f)).ToArray();
        var roles = candidates.SelectMany(c => c.Role == null ? new[] { 0f, -30f, 0f, 0f } : [0f, -15f, 0f, 0f]).ToArray();
        string[] Extract(float roleThreshold) => EventExtractor.Events(prepared, events, 0, default, roles, roleThreshold)
            .Select(e => $"{e.Type} {e.Person} | {e.Role ?? "-"}").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Extract(10), Is.EqualTo(new[] { "Start Ann Lee | chairman", "Start Ann Lee | -", "End Tom Roe | chairman" }));
            Assert.That(Extract(20), Is.EqualTo(new[] { "Start Ann Lee | -", "Start Ann Lee | -", "End Tom Roe | -" }));
        });
    }

    [Test]
    public void AStartThatFoundsTheOrganizationIsTheFoundersOrCoFoundersByItsVerb()
    {
        // Tom 0 Pike 1 founded 2 Acme 3 in 4 1971 5 . 6 | Ann 7 Wu 8 co-founded 9 Beta 10 . 11 | Beta 12 was 13 founded 14 by 15 Li 16 Na 17 with 18 Bo 19 Xu 20 .
        // 21 | Bo 22 Xu 23 joined 24 Beta 25 , 26 founded 27 by 28 Li 29 . 30
        var document = Article(["Tom Pike founded Acme in 1971 .", "Ann Wu co-founded Beta .", "Beta was founded by Li Na with Bo Xu .", "Bo Xu joined Beta , founded by Li ."],
            (0, 2, MentionType.Person), (3, 4, MentionType.Organization), (7, 9, MentionType.Person), (10, 11, MentionType.Organization),
            (12, 13, MentionType.Organization), (16, 18, MentionType.Person), (19, 21, MentionType.Person), (22, 24, MentionType.Person), (25, 26, MentionType.Organization), (29, 30, MentionType.Person));
        Assert.That(Events(document, c => c.Scope == OrganizationScope.Sentence ? (EventType.Start, 5) : (EventType.Start, -9)), Is.EqualTo(new[]
        {
            "Start Tom Pike | Acme | founder | -", "Start Ann Wu | Beta | co-founder | -", "Start Li Na | Beta | co-founder | -",
            "Start Bo Xu | Beta | - | -", "Start Bo Xu | Beta | - | -", "Start Li Na | Beta | founder | -",
        }));
    }

    [Test]
    public void ASentenceSayingWhenAllTheChangesTakeEffectDatesTheUndatedMovesBeforeIt()
    {
        // Acme 0 named 1 Ann 2 Wu 3 president 4 . 5 | Tom 6 Pike 7 will 8 retire 9 in 10 May 11 . 12 | Both 13 changes 14
        // take 15 effect 16 on 17 June 18 26 19 . 20 | Li 21 Na 22 joined 23 Acme 24 . 25
        var document = Article(["Acme named Ann Wu president .", "Tom Pike will retire in May .", "Both changes take effect on June 26 .", "Li Na joined Acme ."],
            (0, 1, MentionType.Organization), (2, 4, MentionType.Person), (4, 5, MentionType.Title), (6, 8, MentionType.Person), (21, 23, MentionType.Person),
            (24, 25, MentionType.Organization));
        AddTime(document, 10, 12, "1992-05");
        AddTime(document, 18, 20, "1992-06-26");
        Assert.That(Events(document, c => c.Person.Text switch
        {
            "Ann Wu" when c.Role != null => (EventType.Start, 5),
            "Tom Pike" when c.Role == null => (EventType.End, 5),
            "Li Na" when c.Scope == OrganizationScope.Sentence => (EventType.Start, 5),
            _ => (EventType.Start, -9),
        }), Is.EqualTo(new[]
        {
            "Start Ann Wu | Acme | president | 1992-06-26", "End Tom Pike | Acme | - | 1992-05", "Start Li Na | Acme | - | -",
        }));
    }

    [Test]
    public void ASuccessorAfterSucceededByStartsThePredecessorsTitle()
    {
        // Acme 0 Corp 1 said 2 Tom 3 Pike 4 , 5 finance 6 director 7 , 8 will 9 retire 10 . 11 | He 12 will 13 be 14 succeeded 15 by 16 Jennifer 17 Hale 18 . 19
        var document = Article(["Acme Corp said Tom Pike , finance director , will retire .", "He will be succeeded by Jennifer Hale ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (6, 8, MentionType.Title), (17, 19, MentionType.Person));
        Assert.That(Events(document, c => c.Person.Text switch { "Tom Pike" => (EventType.End, 5), "Jennifer Hale" => (EventType.Start, 5), _ => (EventType.Start, -9) }),
            Is.EqualTo(new[]
            {
                "End Tom Pike | Acme Corp | - | -", "End Tom Pike | Acme Corp | finance director | -", "Start Jennifer Hale | Acme Corp | - | -",
                "Start Jennifer Hale | Acme Corp | finance director | -",
            }));
    }

    [Test]
    public void ASuccessorAfterSucceededAsByStartsThatTitle()
    {
        // Acme 0 Corp 1 said 2 Tom 3 Pike 4 will 5 retire 6 and 7 be 8 succeeded 9 as 10 chairman 11 by 12 Ann 13 Wu 14 . 15
        var document = Article(["Acme Corp said Tom Pike will retire and be succeeded as chairman by Ann Wu ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (11, 12, MentionType.Title), (13, 15, MentionType.Person));
        Assert.That(Events(document, c => c.Role != null ? (EventType.Start, -9) : c.PersonEntity.Name == "Tom Pike" ? (EventType.End, 5) : (EventType.Start, 5)),
            Is.EqualTo(new[] { "End Tom Pike | Acme Corp | - | -", "Start Ann Wu | Acme Corp | - | -", "Start Ann Wu | Acme Corp | chairman | -" }));
    }

    [Test]
    public void ASuccessorAfterWordsBetweenSucceededAndByAndADescriptionStartsThePredecessorsTitle()
    {
        // Acme 0 Corp 1 said 2 Tom 3 Pike 4 , 5 finance 6 director 7 , 8 will 9 retire 10 . 11 | He 12 will 13 be 14 succeeded 15
        // at 16 Acme 17 on 18 1 19 May 20 by 21 the 22 group 23 's 24 treasurer 25 , 26 Jennifer 27 Hale 28 . 29
        var document = Article(["Acme Corp said Tom Pike , finance director , will retire .", "He will be succeeded at Acme on 1 May by the group 's treasurer , Jennifer Hale ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (6, 8, MentionType.Title), (17, 18, MentionType.Organization),
            (25, 26, MentionType.Title), (27, 29, MentionType.Person));
        Assert.That(Events(document, c => c.Person.Text == "Tom Pike" ? (EventType.End, 5) : c.Role == null && c.Person.Text == "Jennifer Hale" ? (EventType.Start, 5) : (EventType.Start, -9)),
            Is.EqualTo(new[]
            {
                "End Tom Pike | Acme Corp | - | -", "End Tom Pike | Acme Corp | finance director | -", "Start Jennifer Hale | Acme Corp | - | -",
                "Start Jennifer Hale | Acme Corp | finance director | -",
            }));
    }

    [Test]
    public void ASuccessorWhoSucceedsAPredecessorStartsTheTitleOfAsElseThePredecessors()
    {
        // Acme 0 Corp 1 said 2 Tom 3 Pike 4 , 5 finance 6 director 7 , 8 will 9 retire 10 . 11 | It 12 chose 13 Jennifer 14 Hale 15 ,
        // 16 treasurer 17 , 18 to 19 succeed 20 him 21 . 22 | Ann 23 Wu 24 will 25 replace 26 Hale 27 as 28 treasurer 29 . 30
        var document = Article(["Acme Corp said Tom Pike , finance director , will retire .", "It chose Jennifer Hale , treasurer , to succeed him .",
                "Ann Wu will replace Hale as treasurer ."],
            (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (6, 8, MentionType.Title), (14, 16, MentionType.Person),
            (17, 18, MentionType.Title), (23, 25, MentionType.Person), (27, 28, MentionType.Person), (29, 30, MentionType.Title));
        Assert.That(Events(document, c => c.Person.Text == "Tom Pike" ? (EventType.End, 5)
                : c.Role == null && c.Person.Text is "Jennifer Hale" or "Ann Wu" ? (EventType.Start, 5) : (EventType.Start, -9)),
            Is.EqualTo(new[]
            {
                "End Tom Pike | Acme Corp | - | -", "End Tom Pike | Acme Corp | finance director | -", "Start Jennifer Hale | Acme Corp | - | -",
                "Start Ann Wu | Acme Corp | - | -", "End Jennifer Hale | Acme Corp | - | -", "Start Jennifer Hale | Acme Corp | finance director | -",
                "Start Ann Wu | Acme Corp | treasurer | -",
            }));
    }

    [Test]
    public void PeopleListedTogetherShareTheirVerbsDate()
    {
        // In 0 1985 1 Tom 2 Lee 3 , 4 treasurer 5 , 6 and 7 Ann 8 Wu 9 , 10 58 11 , 12 resigned 13 from 14 Acme 15 in 16 May 17 . 18
        var document = Article(["In 1985 Tom Lee , treasurer , and Ann Wu , 58 , resigned from Acme in May ."],
            (2, 4, MentionType.Person), (5, 6, MentionType.Title), (8, 10, MentionType.Person), (15, 16, MentionType.Organization));
        AddTime(document, 1, 2, "1985");
        AddTime(document, 17, 18, "1987-05");
        var triggers = RuleBasedExtractor.ReadTriggers();
        var prepared = EventExtractor.Prepare(document, new EventCandidates(triggers), new RuleBasedExtractor(triggers));
        Assert.That(prepared.Candidates.Where(c => c.Role == null).Select(c => $"{c.PersonEntity.Name} {EventDates.Heuristic(document, c, EventType.End)}"),
            Is.EqualTo(new[] { "Tom Lee 1987-05", "Ann Wu 1987-05" }));
    }

    [Test]
    public void AnEventIsDatedByTheTimeNearestThePersonNotByTheDateOfTheReport()
    {
        // Acme 0 said 1 on 2 Tuesday 3 that 4 Tom 5 Lee 6 left 7 in 8 2015 9 and 10 Jane 11 Roe 12 joined 13 in 14 2021 15 . 16
        var document = Article(["Acme said on Tuesday that Tom Lee left in 2015 and Jane Roe joined in 2021 ."],
            (0, 1, MentionType.Organization), (5, 7, MentionType.Person), (11, 13, MentionType.Person));
        AddTime(document, 3, 4, "2024-03-05");
        AddTime(document, 9, 10, "2015");
        AddTime(document, 15, 16, "2021");
        Assert.That(Events(document, c => (c.PersonEntity.Name == "Tom Lee" ? EventType.End : EventType.Start, 1)), Is.EqualTo(new[]
        {
            "End Tom Lee | Acme | - | 2015", "Start Jane Roe | Acme | - | 2021",
        }));
    }

    [Test]
    public void AnEventIsDatedByTheTimeNearestAfterTheTriggerWordNearestItsTitle()
    {
        // Acme 0 said 1 Ann 2 Rudd 3 , 4 who 5 joined 6 in 7 1989 8 , 9 was 10 named 11 president 12 , 13 effective 14 Feb. 15 1 16 . 17
        var document = Article(["Acme said Ann Rudd , who joined in 1989 , was named president , effective Feb. 1 ."],
            (0, 1, MentionType.Organization), (2, 4, MentionType.Person), (12, 13, MentionType.Title));
        AddTime(document, 8, 9, "1989");
        AddTime(document, 15, 17, "1995-02-01");
        var triggers = RuleBasedExtractor.ReadTriggers();
        var prepared = EventExtractor.Prepare(document, new EventCandidates(triggers), new RuleBasedExtractor(triggers));
        var scored = prepared.Candidates.Select(c => (EventType.Start, 1f)).ToArray();
        // With the sentence's trigger words found (as features are computed), "named", nearest the title, dates the start
        // as president, and "joined", nearest the person, the one without a title; without them (candidates alone), the
        // time nearest after the person dates both.
        Assert.Multiple(() =>
        {
            Assert.That(EventExtractor.Events(prepared, scored, 0, default).Select(e => $"{e.Role ?? "-"} {e.Date}"), Is.EqualTo(new[] { "- 1989", "president 1995-02-01" }));
            Assert.That(Events(document, c => (EventType.Start, 1)), Is.EqualTo(new[] { "Start Ann Rudd | Acme | - | 1989", "Start Ann Rudd | Acme | president | 1989" }));
        });
    }

    [Test]
    public void ADatelineDatesNoEvent()
    {
        // HOUSTON 0 , 1 Nov 2 24 3 - 4 Acme 5 said 6 Tom 7 Lee 8 resigned 9 . 10
        var document = Article(["HOUSTON , Nov 24 - Acme said Tom Lee resigned ."], (5, 6, MentionType.Organization), (7, 9, MentionType.Person));
        AddTime(document, 2, 4, "2009-11-24");
        Assert.That(Events(document, _ => (EventType.End, 1)), Is.EqualTo(new[] { "End Tom Lee | Acme | - | -" }));
    }

    [Test]
    public void ADatelineAfterAHeadlineDatesNoEventButADateInTheTextDoes()
    {
        // Acme 0 chief 1 executive 2 quits 3 after 4 ten 5 years 6 Sina 7 Tech 8 News 9 , 10 November 11 3 12 — 13 Tom 14 Lee 15 left 16
        // Acme 17 , 18 in 19 May 20 . 21
        var document = Article(["Acme chief executive quits after ten years Sina Tech News , November 3 — Tom Lee left Acme , in May ."],
            (0, 1, MentionType.Organization), (14, 16, MentionType.Person), (17, 18, MentionType.Organization));
        AddTime(document, 11, 13, "2016-11-03");
        Assert.That(Events(document, _ => (EventType.End, 1)), Is.EqualTo(new[] { "End Tom Lee | Acme | - | -" }));
        AddTime(document, 20, 21, "2016-05");
        Assert.That(Events(document, _ => (EventType.End, 1)), Is.EqualTo(new[] { "End Tom Lee | Acme | - | 2016-05" }));
    }
}
