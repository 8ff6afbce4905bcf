package org.jlua.vm.lib;

/**
 * Proleptic Gregorian calendar arithmetic on plain longs, for {@code os.time}: C's mktime
 * accepts any year that fits an int (about two billion years either way), far beyond what
 * java.time represents, and normalises every field by carrying into the next one.
 */
final class CivilTime {
    private CivilTime() {}

    static final long SECONDS_PER_DAY = 86_400;
    /** Days in a 400-year cycle of the Gregorian calendar. */
    private static final long DAYS_PER_ERA = 146_097;

    /** Days from 1970-01-01 to the given date (month 1..12, day 1..31). */
    static long daysFromCivil(long year, long month, long day) {
        // count years from March, so that the leap day is the last day of the counted year
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long monthFromMarch = (month + 9) % 12;
        long dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_ERA + dayOfEra - 719_468;
    }

    /** The date {@code days} after 1970-01-01, as {year, month 1..12, day 1..31}. */
    static long[] civilFromDays(long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, DAYS_PER_ERA);
        long dayOfEra = z - era * DAYS_PER_ERA;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
        long month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return new long[]{year, month, day};
    }

    /** Day of the week of the day {@code days} after 1970-01-01, 0 for Sunday (that day was a Thursday). */
    static long weekday(long days) {
        return Math.floorMod(days + 4, 7);
    }

    /**
     * Seconds from 1970-01-01 00:00:00 to the given wall-clock time, every field normalised
     * by carrying as mktime does (month 13 is January of the next year, day 0 the last day of
     * the month before, minute -1 the last minute of the hour before).
     */
    static long secondsFromFields(long year, long month, long day, long hour, long min, long sec) {
        long months = year * 12 + (month - 1);
        long days = daysFromCivil(Math.floorDiv(months, 12), Math.floorMod(months, 12) + 1, 1) + (day - 1);
        return days * SECONDS_PER_DAY + hour * 3600 + min * 60 + sec;
    }
}
