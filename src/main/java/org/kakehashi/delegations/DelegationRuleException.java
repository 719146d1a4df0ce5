package org.kakehashi.delegations;

/** A change refused by a rule of the delegation calendar; the message is the i18n key of what the user reads. */
public class DelegationRuleException extends RuntimeException {

    DelegationRuleException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
