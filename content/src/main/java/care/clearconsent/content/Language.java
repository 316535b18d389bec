package care.clearconsent.content;

import java.util.Locale;

/** The languages every piece of content and UI text must exist in. */
public enum Language {
    KO("ko"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language for a UI locale: Korean when it asks for Korean, English otherwise. */
    public static Language of(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? KO : EN;
    }

    public static Language fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unsupported language: " + tag);
    }
}
