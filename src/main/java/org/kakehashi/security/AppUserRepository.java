package org.kakehashi.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select u from AppUser u where u.enabled = true and :role member of u.roles order by u.displayName")
    List<AppUser> findActiveWithRole(String role);

    @Query("select u.enabled from AppUser u where u.id = :id")
    Optional<Boolean> findEnabledById(long id);

    // The login counters change without touching the version or the audit columns: a failed login is no edit
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where lower(u.username) = lower(:username)")
    int countFailedLogin(String username);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AppUser u set u.lockedUntil = :until, u.failedLogins = 0
            where lower(u.username) = lower(:username) and u.failedLogins >= :limit""")
    int lockWhenOverLimit(String username, int limit, Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AppUser u set u.failedLogins = 0, u.lockedUntil = null
            where u.id = :id and (u.failedLogins > 0 or u.lockedUntil is not null)""")
    int clearFailedLogins(long id);
}
