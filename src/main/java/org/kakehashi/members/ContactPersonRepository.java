package org.kakehashi.members;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactPersonRepository extends JpaRepository<ContactPerson, Long> {

    List<ContactPerson> findByOrganisationIdOrderByFamilyNameAscGivenNameAsc(Long organisationId);

    /** Contacts by name, each with its organisation and that organisation's membership (members through it). */
    @Query("""
            select c from ContactPerson c left join fetch c.organisation o left join fetch o.membership m
            left join fetch m.type
            where c.searchText like :pattern escape '\\'
            order by c.familyName, c.givenName, c.id""")
    List<ContactPerson> search(String pattern, Pageable pageable);

    @Query("select count(c) from ContactPerson c where c.searchText like :pattern escape '\\'")
    long countMatching(String pattern);
}
