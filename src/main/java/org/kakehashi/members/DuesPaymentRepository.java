package org.kakehashi.members;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DuesPaymentRepository extends JpaRepository<DuesPayment, Long> {

    boolean existsByMembershipId(Long membershipId);

    java.util.List<DuesPayment> findByMembershipIdOrderByPaidDateDesc(Long membershipId);

    @Query("select coalesce(sum(p.amount), 0) from DuesPayment p where p.membership.id = :membershipId and p.periodYear = :year")
    BigDecimal sumPaid(Long membershipId, int year);
}
