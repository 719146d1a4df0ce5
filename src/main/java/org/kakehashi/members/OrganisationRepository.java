package org.kakehashi.members;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("""
            select o from Organisation o
            left join fetch o.membership m
            left join fetch m.type
            where o.id = :id""")
    Optional<Organisation> findWithMembership(Long id);

    @Query("select distinct o.city from Organisation o where o.city is not null order by o.city")
    List<String> findCities();
}
