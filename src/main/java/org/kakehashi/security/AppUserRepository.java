package org.kakehashi.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    @Query("select u from AppUser u where u.enabled = true and :role member of u.roles order by u.displayName")
    List<AppUser> findActiveWithRole(String role);
}
