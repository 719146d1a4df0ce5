package org.kakehashi.pipeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedLeadFilterRepository extends JpaRepository<SavedLeadFilter, Long> {

    @Query("select f from SavedLeadFilter f where f.user.id = :userId order by f.name")
    List<SavedLeadFilter> findOwn(long userId);

    @Query("select f from SavedLeadFilter f where f.user.id = :userId and f.name = :name")
    Optional<SavedLeadFilter> findOwn(long userId, String name);
}
