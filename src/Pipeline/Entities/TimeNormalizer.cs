namespace Pipeline.Entities;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>A date known to some precision: a publication date to the day, "in March 2015" to the month.</summary>
public readonly record struct DatePoint(DateOnly Date, DatePrecision Precision)
{
    public static DatePoint OfDay(DateOnly date) => new(date, DatePrecision.Day);

    public static DatePoint OfMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    public static DatePoint OfYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>The day, or the month when there is no such day ("February 30").</summary>
    public static DatePoint OfDayOrMonth(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? OfDay(new DateOnly(year, month, day)) : OfMonth(year, month);

    public int Year => Date.Year;

    public string Iso => Precision switch
    {
        DatePrecision.Year => $"{Date.Year:D4}",
        DatePrecision.Month => $"{Date.Year:D4}-{Date.Month:D2}",
        _ => $"{Date.Year:D4}-{Date.Month:D2}-{Date.Day:D2}",
    };

    public DatePoint Coarsen(DatePrecision precision) => precision >= Precision ? this : precision switch
    {
        DatePrecision.Year => OfYear(Date.Year),
        _ => OfMonth(Date.Year, Date.Month),
    };
}

/// <summary>Which occurrence of a date without a year is meant, seen from the publication date.</summary>
public enum Direction
{
    /// <summary>The occurrence closest to the publication date (no tense to go by).</summary>
    Nearest,
    /// <summary>Past tense, "since": on or before the publication date.</summary>
    OnOrBefore,
    /// <summary>"last July", "last Tuesday": strictly before.</summary>
    Before,
    /// <summary>Future tense: on or after.</summary>
    OnOrAfter,
    /// <summary>"next March", "next Monday": strictly after.</summary>
    After,
    /// <summary>"effective Jan. 1": usually ahead, but an appointment may take effect a little before it is reported.</summary>
    Effective,
}

public enum TimeUnit
{
    Year,
    Month,
    Week,
    Day,
}

/// <summary>Calendar arithmetic for time expressions: the year of a date given without one, weekdays, offsets from an anchor date.</summary>
public static class TimeNormalizer
{
    /// <summary>How far before the publication an "effective" date may lie and still be this occurrence.</summary>
    private const int EffectiveMonthsBack = 2;

    /// <summary>A month (and day) without a year: the occurrence the direction asks for, among the publication year and its neighbours.</summary>
    public static DatePoint CalendarDate(int month, int? day, DateOnly published, Direction direction)
    {
        DatePoint? best = null;
        int bestDistance = int.MaxValue;
        for (int year = published.Year - 1; year <= published.Year + 1; year++)
        {
            var candidate = day is int d ? DatePoint.OfDayOrMonth(year, month, d) : DatePoint.OfMonth(year, month);
            // Compared at the precision the expression gives: "in March" is not before a March publication.
            int order = Compare(candidate, published);
            int distance = Math.Abs(Middle(candidate).DayNumber - published.DayNumber);
            bool allowed = direction == Direction.Effective ? Compare(candidate, published.AddMonths(-EffectiveMonthsBack)) >= 0 : Allowed(order, direction);
            if (!allowed) continue;
            // The closest allowed occurrence; for Effective the earliest allowed one, which is also the closest ahead.
            if (direction == Direction.Effective ? best == null : distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best!.Value;
    }

    /// <summary>
    /// A day of the month alone ("on the 11th"): the occurrence nearest the publication date in the direction asked, of
    /// the publication's month and its neighbours. An effective date is the nearest either way.
    /// </summary>
    public static DatePoint? DayOfMonth(int day, DateOnly published, Direction direction)
    {
        DateOnly? best = null;
        var firstOfMonth = published.AddDays(1 - published.Day);
        for (int offset = -1; offset <= 1; offset++)
        {
            var month = firstOfMonth.AddMonths(offset);
            if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
            var candidate = month.AddDays(day - 1);
            if (direction != Direction.Effective && !Allowed(candidate.CompareTo(published), direction)) continue;
            if (best is not DateOnly b || Math.Abs(candidate.DayNumber - published.DayNumber) < Math.Abs(b.DayNumber - published.DayNumber)) best = candidate;
        }
        return best is DateOnly found ? DatePoint.OfDay(found) : null;
    }

    /// <summary>Whether a candidate date so ordered against the publication (negative before) fits the direction.</summary>
    private static bool Allowed(int order, Direction direction) => direction switch
    {
        Direction.OnOrBefore => order <= 0,
        Direction.Before => order < 0,
        Direction.OnOrAfter => order >= 0,
        Direction.After => order > 0,
        _ => true,
    };

    /// <summary>The weekday nearest the publication date in the given direction.</summary>
    public static DateOnly Weekday(DayOfWeek day, DateOnly published, Direction direction)
    {
        int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        int ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
        return direction switch
        {
            Direction.Before => published.AddDays(back == 0 ? -7 : -back),
            Direction.After => published.AddDays(ahead == 0 ? 7 : ahead),
            Direction.OnOrAfter or Direction.Effective => published.AddDays(ahead),
            _ => published.AddDays(-back),
        };
    }

    /// <summary>
    /// The anchor moved by a number of units, at the precision both the unit and the anchor allow: "two years later" gives a
    /// year; "three months later" a month when the anchor has one; "two weeks ago" the month of that day.
    /// </summary>
    public static DatePoint Shift(DatePoint anchor, TimeUnit unit, int amount)
    {
        if (unit == TimeUnit.Year) return DatePoint.OfYear(anchor.Year + amount);
        var precision = unit == TimeUnit.Day ? DatePrecision.Day : DatePrecision.Month;
        if (precision > anchor.Precision) precision = anchor.Precision;
        if (unit == TimeUnit.Month)
            return anchor.Precision == DatePrecision.Year
                ? DatePoint.OfYear(anchor.Year + amount / 12)
                : DatePoint.OfDay(anchor.Date.AddMonths(amount)).Coarsen(precision);
        int days = unit == TimeUnit.Week ? 7 * amount : amount;
        return DatePoint.OfDay(Middle(anchor).AddDays(days)).Coarsen(precision);
    }

    /// <summary>The week (Monday to Sunday) of a day, as the month that holds most of it: that of its Thursday.</summary>
    public static DatePoint Week(DateOnly day)
    {
        var thursday = day.AddDays(3 - ((int)day.DayOfWeek + 6) % 7);
        return DatePoint.OfMonth(thursday.Year, thursday.Month);
    }

    /// <summary>A date compared with a day, at the date's precision: negative before, 0 within, positive after.</summary>
    private static int Compare(DatePoint date, DateOnly day) => date.Precision switch
    {
        DatePrecision.Year => date.Year.CompareTo(day.Year),
        DatePrecision.Month => (date.Year * 12 + date.Date.Month).CompareTo(day.Year * 12 + day.Month),
        _ => date.Date.CompareTo(day),
    };

    /// <summary>The day that stands for a date known only to the month or year when measuring distances.</summary>
    private static DateOnly Middle(DatePoint date) => date.Precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 7, 1),
        DatePrecision.Month => new DateOnly(date.Year, date.Date.Month, 15),
        _ => date.Date,
    };
}
