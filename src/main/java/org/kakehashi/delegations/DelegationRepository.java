package org.kakehashi.delegations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DelegationRepository extends JpaRepository<Delegation, Long> {

    Page<Delegation> findByTitleContainingIgnoreCaseOrderByStartDateDescTitle(String text, Pageable pageable);

    @Query("""
            select d from Delegation d
            left join fetch d.hostOrganisation
            left join fetch d.responsibleOfficer
            where d.id = :id""")
    Optional<Delegation> findWithRelations(long id);

    /** The delegations under way at some time between the two days, both included. */
    @Query("""
            select d from Delegation d
            where d.startDate <= :to and d.endDate >= :from
            order by d.startDate, d.title""")
    List<Delegation> findOverlapping(LocalDate from, LocalDate to);

    /** How many delegations of one direction start in a time, and how many of them are confirmed. */
    record StartingCount(DelegationDirection direction, long total, Long confirmed) {
    }

    /** The delegations starting between two days, both included, per direction: total and confirmed. */
    @Query("""
            select new org.kakehashi.delegations.DelegationRepository$StartingCount(d.direction, count(d),
                sum(case when d.status = org.kakehashi.delegations.DelegationStatus.CONFIRMED then 1 else 0 end))
            from Delegation d where d.startDate between :from and :to group by d.direction""")
    List<StartingCount> countStartingByDirection(LocalDate from, LocalDate to);

    @Query("select d from Delegation d where d.status = :status order by d.startDate")
    List<Delegation> findByStatus(DelegationStatus status);

    @Query("select distinct d.homeCity from Delegation d")
    List<String> findHomeCities();

    @Query("select distinct d.visitedCities from Delegation d where d.visitedCities is not null")
    List<String> findVisitedCities();

    /** The first day and the last of all delegations; both null while there are none. */
    record DateRange(LocalDate first, LocalDate last) {
    }

    @Query("select new org.kakehashi.delegations.DelegationRepository$DateRange(min(d.startDate), max(d.endDate))"
            + " from Delegation d")
    DateRange findDateRange();
}
