package org.kakehashi.members;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactPersonRepository extends JpaRepository<ContactPerson, Long> {

    List<ContactPerson> findByOrganisationIdOrderByFamilyNameAscGivenNameAsc(Long organisationId);

    @Query(value = """
            select c from ContactPerson c left join fetch c.organisation
            where c.searchText like :pattern escape '\\'""",
            countQuery = "select count(c) from ContactPerson c where c.searchText like :pattern escape '\\'")
    Page<ContactPerson> search(String pattern, Pageable pageable);

    @Modifying
    @Query("delete from ContactPerson c where c.organisation.id = :organisationId")
    void deleteByOrganisationId(Long organisationId);
}
