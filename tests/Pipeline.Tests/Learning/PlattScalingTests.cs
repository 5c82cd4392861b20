using Pipeline.Learning;

namespace Pipeline.Tests.Learning;

public class PlattScalingTests
{
    [Test]
    public void ProbabilityIsTheLogisticOfTheScaledMargin()
    {
        var scaling = new PlattScaling(0.5, -1);
        Assert.Multiple(() =>
        {
            Assert.That(scaling.Probability(2), Is.EqualTo(0.5).Within(1e-12));
            Assert.That(scaling.Probability(0), Is.EqualTo(1 / (1 + Math.E)).Within(1e-12));
            Assert.That(scaling.Probability(6), Is.EqualTo(1 / (1 + Math.Exp(-2))).Within(1e-12));
        });
    }

    [Test]
    public void FittingRecoversTheRatesOfTwoGroups()
    {
        // Margin 0: 1 of 4 right; margin 10: 3 of 4 right.
        var examples = new List<(double, bool)>
        {
            (0, true), (0, false), (0, false), (0, false),
            (10, true), (10, true), (10, true), (10, false),
        };
        var fit = PlattScaling.Fit(examples);
        Assert.Multiple(() =>
        {
            Assert.That(fit.Probability(5), Is.EqualTo(0.5).Within(1e-6), "the two groups mirror each other");
            Assert.That(fit.A, Is.GreaterThan(0));
            // Smoothed targets are 5/6 for a positive and 1/6 for a negative here (4 of each), so each group's fitted
            // probability solves 1·5/6 + 3·1/6 = 4p (low group): p = 1/3; the high group mirrors it: 2/3.
            Assert.That(fit.Probability(0), Is.EqualTo(1.0 / 3).Within(1e-6));
            Assert.That(fit.Probability(10), Is.EqualTo(2.0 / 3).Within(1e-6));
        });
    }

    [Test]
    public void OneClassOnlyGivesAConstantNearThatClass()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PlattScaling.Fit([(1.0, true), (2.0, true)]).Probability(0), Is.GreaterThan(0.98));
            Assert.That(PlattScaling.Fit([(1.0, false)]).Probability(5), Is.LessThan(0.02));
        });
    }
}
