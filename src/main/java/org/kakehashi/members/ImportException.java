package org.kakehashi.members;

import java.util.Arrays;

/** A file that cannot be imported at all: too large, empty, in another encoding, with the wrong columns. */
public class ImportException extends RuntimeException {

    private final String translationKey;
    private final transient Object[] parameters;

    ImportException(String translationKey, Object... parameters) {
        super(translationKey + " " + Arrays.toString(parameters));
        this.translationKey = translationKey;
        this.parameters = parameters;
    }

    /** The key of the message for the user, in the exchange bundle. */
    public String translationKey() {
        return translationKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
