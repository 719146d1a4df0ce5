package org.kakehashi.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kakehashi.common.Translations;

/**
 * Every date and date-time picker of the application is made here, in the user's language: the pop-up's month and
 * weekday names, its first day of the week, "Today" and "Cancel", and the date as the language writes it; the
 * time as its country does (24 hours). Vaadin's own pop-up is English with weeks from Sunday otherwise.
 * {@code ArchitectureTest} keeps any other class from making a picker of its own.
 */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker date() {
        var picker = new DatePicker();
        var language = language();
        picker.setLocale(Translations.formats(language));
        picker.setI18n(i18n(language));
        return picker;
    }

    public static DatePicker date(String label) {
        var picker = date();
        picker.setLabel(label);
        return picker;
    }

    public static DateTimePicker dateTime() {
        var picker = new DateTimePicker();
        var language = language();
        picker.setLocale(Translations.formats(language));
        picker.setDatePickerI18n(i18n(language));
        return picker;
    }

    /** The pop-up's texts, first day and date formats for a language; Vaadin counts weekdays from Sunday. */
    public static DatePicker.DatePickerI18n i18n(Locale language) {
        var formats = Translations.formats(language);
        var sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        var translations = new Translations();
        var pattern = datePattern(formats);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, formats)).toList())
                .setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL, formats)).toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT, formats)).toList())
                .setFirstDayOfWeek(Formats.firstDayOfWeek(language).getValue() % 7)
                .setToday(translations.getTranslation("picker.today", language))
                .setCancel(translations.getTranslation("picker.cancel", language))
                // Shown in the first, also understood when typed without leading zeros: 7.12.2026, 2026/1/5
                .setDateFormats(pattern, pattern.replace("dd", "d").replace("MM", "M"));
    }

    /** The language's short date with the whole year: 07/12/2026, 2026-12-07, 07.12.2026, 2026/12/07. */
    private static String datePattern(Locale formats) {
        var shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, formats);
        return shortPattern.replaceAll("y+", "yyyy");
    }

    private static Locale language() {
        var ui = UI.getCurrent();
        return ui == null ? Translations.ENGLISH : ui.getLocale();
    }
}
