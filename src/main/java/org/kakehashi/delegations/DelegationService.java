package org.kakehashi.delegations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditTrail;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserRef;
import org.kakehashi.security.UserService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegation calendar, each delegation with its programme: the planners (administrator, secretary, officers)
 * change it, the board reads it. Its participants, partners and business cards are DelegationContactsService's.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DelegationService {

    /** The order of a programme: by the instant each item starts, wherever it happens. */
    public static final Comparator<ProgrammeItem> BY_START =
            Comparator.comparing(ProgrammeItem::getStartInstant).thenComparing(ProgrammeItem::getEndInstant);

    private final DelegationRepository delegations;
    private final DelegationQueries queries;
    private final ProgrammeItemRepository items;
    private final ParticipantRepository participants;
    private final PartnerRepository partners;
    private final BusinessCardRepository cards;
    private final OrganisationService organisations;
    private final UserService users;
    private final Validator validator;
    private final AuditTrail auditTrail;

    DelegationService(DelegationRepository delegations, DelegationQueries queries, ProgrammeItemRepository items,
            ParticipantRepository participants, PartnerRepository partners, BusinessCardRepository cards,
            OrganisationService organisations, UserService users, Validator validator, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.delegations = delegations;
        this.queries = queries;
        this.items = items;
        this.participants = participants;
        this.partners = partners;
        this.cards = cards;
        this.organisations = organisations;
        this.users = users;
        this.validator = validator;
    }

    /** A page of the list, each delegation with its host organisation and responsible officer. */
    public Page<Delegation> page(DelegationFilter filter, Pageable pageable) {
        return queries.page(filter, pageable);
    }

    public long count(DelegationFilter filter) {
        return queries.page(filter, Pageable.ofSize(1)).getTotalElements();
    }

    /** How many delegations start between two days, both included, by direction; counted in the database. */
    public UpcomingDelegations upcoming(LocalDate from, LocalDate to) {
        long inbound = 0;
        long outbound = 0;
        long confirmed = 0;
        for (var count : delegations.countStartingByDirection(from, to)) {
            if (count.direction() == DelegationDirection.INBOUND) {
                inbound = count.total();
            } else {
                outbound = count.total();
            }
            confirmed += count.confirmed() == null ? 0 : count.confirmed();
        }
        return new UpcomingDelegations(from, to, inbound + outbound, inbound, outbound, confirmed);
    }

    /** Delegations whose title contains the text (any case), the latest first; for pickers in other modules. */
    public Page<Delegation> byTitle(String text, Pageable pageable) {
        return delegations.findByTitleContainingIgnoreCaseOrderByStartDateDescTitle(text == null ? "" : text.strip(),
                pageable);
    }

    public Optional<Delegation> get(long id) {
        return delegations.findWithRelations(id);
    }

    /** Every home and visited city, for the filter. */
    public List<String> cities() {
        var cities = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        cities.addAll(delegations.findHomeCities());
        delegations.findVisitedCities().stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip)
                .filter(city -> !city.isEmpty())
                .forEach(cities::add);
        return List.copyOf(cities);
    }

    /** The years that have delegations, with the given one always among them; newest first. */
    public List<Integer> years(int currentYear) {
        var range = delegations.findDateRange();
        int first = range.first() == null ? currentYear : Math.min(currentYear, range.first().getYear());
        int last = range.last() == null ? currentYear : Math.max(currentYear, range.last().getYear());
        return IntStream.rangeClosed(first, last).map(year -> first + last - year).boxed().toList();
    }

    /** The active officers, by name: those a delegation can be given to. */
    public List<UserRef> officers() {
        return users.activeUsersWithRole(Roles.OFFICER).stream().map(UserRef::of).toList();
    }

    /**
     * Saves a delegation after checking its rules.
     *
     * @throws ConstraintViolationException when a field is invalid
     * @throws DelegationRuleException when the new dates would leave programme items outside them
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public Delegation save(Delegation delegation) {
        if (delegation.chosenOfficer() != null) {
            delegation.setResponsibleOfficer(users.reference(delegation.chosenOfficer()));
        }
        if (delegation.chosenHost() != null) {
            delegation.setHostOrganisation(organisations.reference(delegation.chosenHost()));
        }
        validate(delegation);
        if (!delegation.isNew() && items.findByDelegation(delegation.getId()).stream()
                .anyMatch(item -> !within(item, delegation))) {
            throw new DelegationRuleException("delegation.items-outside-dates");
        }
        return delegations.save(delegation);
    }

    /** Deletes a delegation with its programme, participants, partners and business cards. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public void delete(Delegation delegation) {
        var id = delegation.getId();
        var current = current(delegations.findById(id), delegation);
        // One by one, so each deletion is kept in the audit history
        var programme = items.findByDelegation(id);
        programme.forEach(item -> cards.deleteAll(cards.findByProgrammeItem(item.getId())));
        items.deleteAll(programme);
        participants.deleteAll(participants.findByDelegation(id));
        partners.deleteAll(partners.findByDelegation(id));
        delegations.delete(current);
    }

    /** The programme of a delegation in the order it happens. */
    public List<ProgrammeItem> programme(long delegationId) {
        return items.findByDelegation(delegationId).stream().sorted(BY_START).toList();
    }

    /**
     * Programme items whose title or whose delegation's title contains the text (any case), each with its
     * delegation: those of one delegation first, then the latest delegations', each delegation's by local start; for
     * pickers in other modules.
     */
    public Page<ProgrammeItem> itemsByTitle(String text, Long firstOfDelegationId, Pageable pageable) {
        return items.findByTitle(text == null ? "" : text.strip(),
                firstOfDelegationId == null ? -1 : firstOfDelegationId, pageable);
    }

    /** The programme items with these ids, each with its delegation; those that no longer exist are left out. */
    public List<ProgrammeItem> itemsWithIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : items.findWithDelegation(ids);
    }

    /**
     * Saves a programme item after checking its rules.
     *
     * @throws ConstraintViolationException when a field is invalid
     * @throws DelegationRuleException when it starts or ends outside the delegation's days
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public ProgrammeItem saveItem(ProgrammeItem item) {
        if (item.chosenCounterpart() != null) {
            item.setCounterpartOrganisation(organisations.reference(item.chosenCounterpart()));
        }
        validate(item);
        var delegation = delegations.findById(item.getDelegation().getId()).orElseThrow();
        if (!within(item, delegation)) {
            throw new DelegationRuleException("programme.outside-dates");
        }
        return items.save(item);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public void deleteItem(ProgrammeItem item) {
        var current = current(items.findById(item.getId()), item);
        // One by one, so each deletion is kept in the audit history
        cards.deleteAll(cards.findByProgrammeItem(item.getId()));
        items.delete(current);
    }

    /** The delegations under way between two days, both included, with their programme items in that time. */
    public CalendarPeriod calendar(LocalDate from, LocalDate to) {
        var overlapping = delegations.findOverlapping(from, to);
        var inPeriod = overlapping.isEmpty() ? List.<ProgrammeItem>of()
                : items.findByDelegations(overlapping).stream()
                        .filter(item -> !item.getStart().toLocalDate().isAfter(to)
                                && !item.getEnd().toLocalDate().isBefore(from))
                        .sorted(BY_START)
                        .toList();
        return new CalendarPeriod(from, to, overlapping, inPeriod);
    }

    /** Whether the item starts and ends on days of the delegation, in the item's own zone. */
    static boolean within(ProgrammeItem item, Delegation delegation) {
        return item.getStart() != null && item.getEnd() != null
                && delegation.covers(item.getStart().toLocalDate()) && delegation.covers(item.getEnd().toLocalDate());
    }

    private void validate(Object entity) {
        var violations = validator.validate(Objects.requireNonNull(entity));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** What was done to the delegation, its programme, participants and partners, newest first. */
    public Page<AuditEntry> history(long delegationId, Pageable pageable) {
        return auditTrail.of(Delegation.class, delegationId, pageable);
    }

    /** What was done to one programme item and its business cards, newest first. */
    public Page<AuditEntry> programmeItemHistory(long itemId, Pageable pageable) {
        return auditTrail.of(ProgrammeItem.class, itemId, pageable);
    }

    /** The record as stored, if it is still the version the user saw: a delete never takes someone's change along. */
    private static <T extends AbstractEntity> T current(Optional<T> stored, T seen) {
        return stored.filter(found -> found.getVersion() == seen.getVersion())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(seen.getClass(), seen.getId()));
    }

    /** Delegations whose title contains the text, the latest first, as another feature's view chooses them. */
    public List<DelegationRef> choices(String text, Pageable pageable) {
        return byTitle(text, pageable).map(DelegationRef::of).toList();
    }

    public Optional<DelegationRef> refOf(long id) {
        return delegations.findById(id).map(DelegationRef::of);
    }

    /** Programme items as another feature's view chooses them, in the order of {@link #itemsByTitle}. */
    public List<ProgrammeItemRef> itemChoices(String text, Long firstOfDelegationId, Pageable pageable) {
        return itemsByTitle(text, firstOfDelegationId, pageable).map(ProgrammeItemRef::of).toList();
    }

    /** The programme items with these ids as another feature's view shows them; those no longer there left out. */
    public List<ProgrammeItemRef> itemRefs(Collection<Long> ids) {
        return itemsWithIds(ids).stream().map(ProgrammeItemRef::of).toList();
    }
}
