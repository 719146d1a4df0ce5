package org.kakehashi.delegations;

public enum ParticipantRole {
    HEAD, MEMBER, INTERPRETER, PRESS, HOST
}
