package org.kakehashi.bench.empty.stack;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Who may log in: the login checks the database, as Kakehashi's does. */
@Entity
public class Account {

    @Id
    private String username;

    private String passwordHash;

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
