package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class AuditingAndVersioningTest {

    @Autowired
    private AppUserRepository users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_saved_record_tells_who_created_and_who_last_changed_it_and_when() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
        var created = users.save(new AppUser("audited", "Audited Person", "{noop}x", Set.of(Roles.BOARD)));

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("secretary", null, "ROLE_SECRETARY"));
        created.setDisplayName("Audited Person, renamed");
        var changed = users.save(created);

        assertThat(changed.getCreatedBy()).isEqualTo("admin");
        assertThat(changed.getModifiedBy()).isEqualTo("secretary");
        assertThat(changed.getCreatedAt()).isNotNull();
        assertThat(changed.getModifiedAt()).isAfterOrEqualTo(changed.getCreatedAt());
        assertThat(changed.getVersion()).isEqualTo(1);
    }

    @Test
    void a_change_made_on_an_outdated_copy_is_refused_and_the_first_change_stays() {
        var saved = users.save(new AppUser("contested", "First Name", "{noop}x", Set.of(Roles.BOARD)));
        var firstCopy = users.findById(saved.getId()).orElseThrow();
        var secondCopy = users.findById(saved.getId()).orElseThrow();

        firstCopy.setDisplayName("Changed by the first");
        users.save(firstCopy);
        secondCopy.setDisplayName("Changed by the second");

        assertThatThrownBy(() -> users.save(secondCopy)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(users.findById(saved.getId()).orElseThrow().getDisplayName()).isEqualTo("Changed by the first");
    }
}
