package org.kakehashi.delegations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    @Query("""
            select p from Partner p
            join fetch p.organisation o
            where p.delegation.id = :delegationId
            order by o.name""")
    List<Partner> findByDelegation(long delegationId);
}
