package org.kakehashi.members;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("""
            select m from Membership m join fetch m.organisation join fetch m.type
            where m.organisation.id = :organisationId""")
    Optional<Membership> findByOrganisationId(Long organisationId);

    boolean existsByOrganisationId(Long organisationId);
}
