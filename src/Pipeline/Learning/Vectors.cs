using System.Numerics;

namespace Pipeline.Learning;

internal static class Vectors
{
    /// <summary>target[i] += source[i] for every i of source, with SIMD where the hardware has it.</summary>
    public static void Add(ReadOnlySpan<float> source, Span<float> target)
    {
        int i = 0;
        for (; i <= source.Length - Vector<float>.Count; i += Vector<float>.Count)
            (new Vector<float>(source[i..]) + new Vector<float>(target[i..])).CopyTo(target[i..]);
        for (; i < source.Length; i++) target[i] += source[i];
    }
}
