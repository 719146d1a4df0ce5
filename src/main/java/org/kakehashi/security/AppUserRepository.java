package org.kakehashi.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select u from AppUser u where u.enabled = true and :role member of u.roles order by u.displayName")
    List<AppUser> findActiveWithRole(String role);

    /** The roles of the account while it is enabled; none when it is disabled or gone. */
    @Query("select r from AppUser u join u.roles r where u.id = :id and u.enabled = true")
    Set<String> findRolesOfEnabled(long id);

    /** The accounts holding the ADMIN role, enabled or not, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where '" + Roles.ADMIN + "' member of u.roles order by u.id")
    List<AppUser> lockAdministrators();

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
