package org.kakehashi.members;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The reminders, and the questions the reminder job asks of memberships and contacts to write them. */
interface MemberReminderRepository extends JpaRepository<MemberReminder, Long> {

    @Query(value = "select r from MemberReminder r join fetch r.membership m join fetch m.organisation o",
            countQuery = "select count(r) from MemberReminder r")
    Page<MemberReminder> findPage(Pageable pageable);

    @Query("select r from MemberReminder r join fetch r.membership m join fetch m.organisation where r.id = :id")
    Optional<MemberReminder> findWithOrganisation(long id);

    List<MemberReminder> findByMembershipIdOrderBySentAtDescIdDesc(long membershipId);

    boolean existsByMembershipIdAndKindAndPeriodDate(long membershipId, ReminderKind kind, LocalDate periodDate);

    /** Memberships whose renewal date falls within the days given and that have had no renewal reminder for it. */
    @Query("""
            select m from Membership m join fetch m.organisation o join fetch m.type
            where m.endDate between :from and :to and m.resignedOn is null and o.archived = false
              and not exists (select r.id from MemberReminder r
                              where r.membership = m and r.kind = :kind and r.periodDate = m.endDate)
            order by m.endDate, o.name""")
    List<Membership> renewalsDue(LocalDate from, LocalDate to, ReminderKind kind);

    @Query("""
            select m from Membership m join fetch m.organisation o join fetch m.type
            where m.duesStatus = org.kakehashi.members.DuesStatus.OVERDUE and m.resignedOn is null
              and o.archived = false
            order by o.name""")
    List<Membership> duesOverdue();

    /** The primary contacts that can be mailed, of the organisations given, the longest-standing first. */
    @Query("""
            select c from ContactPerson c
            where c.organisation.id in :organisationIds and c.primaryContact = true and c.email is not null
            order by c.id""")
    List<ContactPerson> primaryContactsWithEmail(Collection<Long> organisationIds);

    /** The reminders written to an address, the oldest first, with their organisations. */
    @Query("""
            select r from MemberReminder r join fetch r.membership m join fetch m.organisation
            where lower(r.recipientEmail) = lower(:email)
            order by r.sentAt, r.id""")
    List<MemberReminder> findSentTo(String email);
}
