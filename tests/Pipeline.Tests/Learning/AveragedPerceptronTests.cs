using Pipeline.Learning;

namespace Pipeline.Tests.Learning;

public class AveragedPerceptronTests
{
    private static readonly FeatureHash F0 = FeatureHash.Of(1).Add("f0");
    private static readonly FeatureHash F1 = FeatureHash.Of(1).Add("f1");
    private static readonly FeatureHash F2 = FeatureHash.Of(1).Add("f2");
    private static readonly FeatureHash F3 = FeatureHash.Of(1).Add("f3");

    private static float[] Row(LinearModel model, FeatureHash feature) =>
        Enumerable.Range(0, model.ClassCount).Select(c => model.Weight(feature, c)).ToArray();

    /// <summary>
    /// Four steps over three classes, two of them correct guesses. Weights after steps 1 to 4 (Collins 2002 averages these):
    /// f0: [-1,1,0], [-1,1,0], [-1,1,0], [-1,1,0] · f1: [-1,1,0], [-1,1,0], [-1,0,1], [-1,0,1] · f2: 0, 0, [0,-1,1], [0,-1,1].
    /// </summary>
    private static AveragedPerceptron HandExample()
    {
        var p = new AveragedPerceptron(3);
        p.Update([F0, F1], truth: 1, guess: 0);
        p.Update([F1, F2], truth: 2, guess: 2);
        p.Update([F1, F2], truth: 2, guess: 1);
        p.Update([F0], truth: 0, guess: 0);
        return p;
    }

    [Test]
    public void AverageIsTheMeanOfTheWeightsAfterEachStep()
    {
        var p = HandExample();
        var model = p.Average();
        Assert.Multiple(() =>
        {
            Assert.That(p.Steps, Is.EqualTo(4));
            Assert.That(Row(model, F0), Is.EqualTo(new[] { -1f, 1f, 0f }));
            Assert.That(Row(model, F1), Is.EqualTo(new[] { -1f, 0.5f, 0.5f }));
            Assert.That(Row(model, F2), Is.EqualTo(new[] { 0f, -0.5f, 0.5f }));
            Assert.That(Row(model, F3), Is.EqualTo(new[] { 0f, 0f, 0f }));
            Assert.That(model.FeatureCount, Is.EqualTo(3));
            Assert.That(model.ClassCount, Is.EqualTo(3));
        });
    }

    [Test]
    public void AddScoresUsesTheCurrentNotTheAveragedWeights()
    {
        var p = HandExample();
        var scores = new float[] { 10, 20, 30 };
        p.AddScores([F1, F2, F3], scores);
        Assert.That(scores, Is.EqualTo(new[] { 10f - 1, 20f - 1, 30f + 2 }));
    }

    [Test]
    public void ScoreThroughTheInterfaceClearsFirst()
    {
        ILinearScorer p = HandExample();
        var scores = new float[] { 99, 99, 99 };
        p.Score([F0, F0, F2], scores);
        Assert.That(scores, Is.EqualTo(new[] { -2f, 1f, 1f }));
    }

    private static float[] Current(AveragedPerceptron p, FeatureHash feature)
    {
        var scores = new float[p.ClassCount];
        p.AddScores([feature], scores);
        return scores;
    }

    [Test]
    public void BagLearnsOnlyTheMemberThatGivesTheLabelMostSurely()
    {
        // f0 is [-1,1,0]. For class 2, member [f0] leads by 0 - 1 = -1 and [f3] by 0 - 0 = 0: [f3] is learned, guessed as class 0.
        var p = new AveragedPerceptron(3);
        p.Update([F0], truth: 1, guess: 0);
        int chosen = p.UpdateBag([[F0], [F3]], label: 2, new float[3]);
        Assert.Multiple(() =>
        {
            Assert.That(chosen, Is.EqualTo(1));
            Assert.That(Current(p, F3), Is.EqualTo(new[] { -1f, 0f, 1f }));
            Assert.That(Current(p, F0), Is.EqualTo(new[] { -1f, 1f, 0f }));
            Assert.That(p.Steps, Is.EqualTo(2));
        });
    }

    [Test]
    public void BagWithAMemberAlreadyRightChangesNothing()
    {
        // [f1] leads class 1 by 0, [f0, f2] by 1 - 0 = 1 and is right: a step without change, f1 and f2 untouched.
        var p = new AveragedPerceptron(3);
        p.Update([F0], truth: 1, guess: 0);
        int chosen = p.UpdateBag([[F1], [F0, F2]], label: 1, new float[3]);
        Assert.Multiple(() =>
        {
            Assert.That(chosen, Is.EqualTo(1));
            Assert.That(Current(p, F1), Is.EqualTo(new[] { 0f, 0f, 0f }));
            Assert.That(Current(p, F2), Is.EqualTo(new[] { 0f, 0f, 0f }));
            Assert.That(Row(p.Average(), F0), Is.EqualTo(new[] { -1f, 1f, 0f }));
            Assert.That(p.Steps, Is.EqualTo(2));
        });
    }

    [Test]
    public void BagTiesGoToTheFirstMemberAndABagOfOneIsAnOrdinaryExample()
    {
        var bagged = new AveragedPerceptron(3);
        Assert.That(bagged.UpdateBag([[F1], [F2]], label: 2, new float[3]), Is.EqualTo(0));
        bagged.UpdateBag([[F0, F1]], label: 1, new float[3]);
        var plain = new AveragedPerceptron(3);
        plain.Update([F1], truth: 2, guess: 0);
        plain.Update([F0, F1], truth: 1, guess: 2);
        foreach (var feature in new[] { F0, F1, F2 })
            Assert.That(Row(bagged.Average(), feature), Is.EqualTo(Row(plain.Average(), feature)));
    }

    [Test]
    public void ChoiceRanksTheRightItemAboveTheOneThatOutscoredIt()
    {
        // f0 is [-1,1,0]. In class 1, [f1] scores 0 and [f0] 1: [f0] is the guess, so class 1 moves up for f1 and down for f0.
        var p = new AveragedPerceptron(3);
        p.Update([F0], truth: 1, guess: 0);
        int first = p.UpdateChoice([[F1], [F0]], label: 1, right: [0], new float[3]);
        // Now [f1] scores 1 and [f0] 0: ranked right, a step without change.
        int second = p.UpdateChoice([[F1], [F0]], label: 1, right: [0], new float[3]);
        Assert.Multiple(() =>
        {
            Assert.That((first, second), Is.EqualTo((1, 0)));
            Assert.That(Current(p, F1), Is.EqualTo(new[] { 0f, 1f, 0f }));
            Assert.That(Current(p, F0), Is.EqualTo(new[] { -1f, 0f, 0f }));
            Assert.That(p.Steps, Is.EqualTo(3));
        });
    }

    [Test]
    public void RowsWhoseAverageIsZeroAreDropped()
    {
        // f3 after steps 1-4: [-1,1,0], [0,0,0], [1,-1,0], [0,0,0]: every class averages to zero.
        var p = new AveragedPerceptron(3);
        p.Update([F0, F3], truth: 1, guess: 0);
        p.Update([F3], truth: 0, guess: 1);
        p.Update([F3], truth: 0, guess: 1);
        p.Update([F3], truth: 1, guess: 0);
        var model = p.Average();
        Assert.Multiple(() =>
        {
            Assert.That(model.FeatureCount, Is.EqualTo(1));
            Assert.That(Row(model, F0), Is.EqualTo(new[] { -1f, 1f, 0f }));
            Assert.That(Row(model, F3), Is.EqualTo(new[] { 0f, 0f, 0f }));
        });
    }

    [Test]
    public void ARankingUpdateMovesOneClassTowardTheTruthAndAwayFromTheGuess()
    {
        // Class 2 after steps 1 to 3: f0 1, 1, 1; f1 -1, -1, -1 (in both lists of step 3, it does not move); f2 0, 0, -1;
        // f3 0, 0, 1. Classes 0 and 1 never change.
        var p = new AveragedPerceptron(3);
        p.UpdateRanking([F0], [F1], label: 2);
        p.Update([F0], truth: 2, guess: 2);
        p.UpdateRanking([F1, F3], [F1, F2], label: 2);
        var model = p.Average();
        Assert.Multiple(() =>
        {
            Assert.That(p.Steps, Is.EqualTo(3));
            Assert.That(Row(model, F0), Is.EqualTo(new[] { 0f, 0f, 1f }));
            Assert.That(Row(model, F1), Is.EqualTo(new[] { 0f, 0f, -1f }));
            Assert.That(Row(model, F2), Is.EqualTo(new[] { 0f, 0f, -1f / 3 }));
            Assert.That(Row(model, F3), Is.EqualTo(new[] { 0f, 0f, 1f / 3 }));
        });
    }

    [Test]
    public void CorrectGuessesAreStepsThatKeepTheWeights()
    {
        var p = new AveragedPerceptron(2);
        p.Update([F0], truth: 1, guess: 0);
        for (int i = 0; i < 7; i++) p.Update([F0], truth: 1, guess: 1);
        // f0 is [-1, 1] after every one of the 8 steps.
        Assert.That(Row(p.Average(), F0), Is.EqualTo(new[] { -1f, 1f }));
    }

    [Test]
    public void AnUpdateCountsFromItsOwnStepSoTheLastStepsUpdateIsInTheAverage()
    {
        var p = new AveragedPerceptron(2);
        p.Update([F0], truth: 1, guess: 0);
        var afterOne = p.Average();
        p.Update([F1], truth: 0, guess: 1);
        var afterTwo = p.Average();
        p.Update([F1], truth: 1, guess: 1);
        var afterThree = p.Average();
        Assert.Multiple(() =>
        {
            Assert.That(Row(afterOne, F0), Is.EqualTo(new[] { -1f, 1f }));
            Assert.That(afterOne.FeatureCount, Is.EqualTo(1));
            Assert.That(Row(afterTwo, F0), Is.EqualTo(new[] { -1f, 1f }));
            Assert.That(Row(afterTwo, F1), Is.EqualTo(new[] { 0.5f, -0.5f }));
            Assert.That(afterTwo.FeatureCount, Is.EqualTo(2));
            Assert.That(Row(afterThree, F0), Is.EqualTo(new[] { -1f, 1f }));
            Assert.That(Row(afterThree, F1), Is.EqualTo(new[] { 2f / 3, -2f / 3 }));
        });
    }

    [Test]
    public void AnEarlierAverageDoesNotChangeWhenTrainingGoesOn()
    {
        var p = HandExample();
        var model = p.Average();
        p.Update([F0, F1, F2], truth: 0, guess: 2);
        p.Update([F3], truth: 1, guess: 2);
        Assert.Multiple(() =>
        {
            Assert.That(Row(model, F1), Is.EqualTo(new[] { -1f, 0.5f, 0.5f }));
            Assert.That(Row(model, F3), Is.EqualTo(new[] { 0f, 0f, 0f }));
            Assert.That(model.FeatureCount, Is.EqualTo(3));
        });
    }

    [Test]
    public void AverageBeforeAnyStepIsEmpty() => Assert.That(new AveragedPerceptron(4).Average().FeatureCount, Is.Zero);

    [Test]
    public void ManyFeaturesGrowTheTablesWithoutLosingTotals()
    {
        // More rows than the initial 1024: the arrays are resized while keeping earlier totals and stamps.
        var p = new AveragedPerceptron(2);
        var features = Enumerable.Range(0, 3000).Select(i => FeatureHash.Of(2).Add(i)).ToArray();
        p.Update([features[0]], truth: 1, guess: 0);            // step 1
        p.Update(features, truth: 0, guess: 1);                 // step 2: f_0 back to 0, the rest [1,-1]
        p.Update([features[2999]], truth: 0, guess: 0);         // step 3: no change
        p.Update([features[1]], truth: 1, guess: 1);            // step 4: no change
        var model = p.Average();
        Assert.Multiple(() =>
        {
            // After steps 1-4: f_0 [-1,1], [0,0], [0,0], [0,0]: averages [-1/4, 1/4].
            Assert.That(Row(model, features[0]), Is.EqualTo(new[] { -0.25f, 0.25f }));
            // the others 0, [1,-1], [1,-1], [1,-1]: [3/4, -3/4].
            Assert.That(Row(model, features[1500]), Is.EqualTo(new[] { 0.75f, -0.75f }));
            Assert.That(Row(model, features[2999]), Is.EqualTo(new[] { 0.75f, -0.75f }));
            Assert.That(model.FeatureCount, Is.EqualTo(3000));
        });
    }


    [TestCase(1)]
    [TestCase(0)]
    [TestCase(256)]
    public void RejectsClassCountsOutsideTwoTo255(int classes) =>
        Assert.That(() => new AveragedPerceptron(classes), Throws.TypeOf<ArgumentOutOfRangeException>());

    private static readonly string[] Words = ["red", "green", "blue"];

    /// <summary>Class k is marked by word k; every example also has one of two noise features and a bias.</summary>
    private static (FeatureHash[] Features, int Label)[] SeparableExamples() =>
        (from label in Enumerable.Range(0, 3)
         from noise in new[] { "n1", "n2" }
         select (new[] { FeatureHash.Of(0), FeatureHash.Of(1).Add(Words[label]), FeatureHash.Of(2).Add(noise) }, label)).ToArray();

    private static int Predict(ILinearScorer scorer, FeatureHash[] features)
    {
        var scores = new float[scorer.ClassCount];
        scorer.Score(features, scores);
        return Best(scores);
    }

    /// <summary>The highest score's class; ties go to the lower class.</summary>
    private static int Best(float[] scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    private static (LinearModel Model, int LastEpochMistakes) Train(int epochs)
    {
        var p = new AveragedPerceptron(3);
        var examples = SeparableExamples();
        int mistakes = 0;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            mistakes = 0;
            foreach (var (features, label) in examples)
            {
                int guess = Predict(p, features);
                if (guess != label) mistakes++;
                p.Update(features, label, guess);
            }
        }
        return (p.Average(), mistakes);
    }

    [Test]
    public void LearnsALinearlySeparableProblemExactly()
    {
        var (model, lastEpochMistakes) = Train(epochs: 5);
        var examples = SeparableExamples();
        Assert.Multiple(() =>
        {
            Assert.That(lastEpochMistakes, Is.Zero);
            Assert.That(examples.Select(e => Predict(model, e.Features)), Is.EqualTo(examples.Select(e => e.Label)));
            // The class words carry the decision: each word's own class has its largest averaged weight.
            for (int k = 0; k < 3; k++)
            {
                var word = FeatureHash.Of(1).Add(Words[k]);
                var row = Enumerable.Range(0, 3).Select(c => model.Weight(word, c)).ToArray();
                Assert.That(Best(row), Is.EqualTo(k), Words[k]);
            }
        });
    }

    [Test]
    public void TheSameUpdatesGiveTheSameModelBytes()
    {
        static byte[] Bytes(LinearModel model)
        {
            var stream = new MemoryStream();
            model.Write(stream);
            return stream.ToArray();
        }
        var first = Bytes(Train(epochs: 3).Model);
        var second = Bytes(Train(epochs: 3).Model);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(second));
            Assert.That(first, Has.Length.GreaterThan(16), "a model with rows, not just a header");
        });
    }
}
