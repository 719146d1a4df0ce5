package org.kakehashi.members;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipTypeRepository extends JpaRepository<MembershipType, Long> {

    List<MembershipType> findAllByOrderByNameAsc();
}
