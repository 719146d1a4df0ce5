package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadFilter;
import org.kakehashi.pipeline.LeadBoardService;
import org.kakehashi.pipeline.LeadLinkService;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.PipelineFigureService;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserRef;
import org.springframework.dao.OptimisticLockingFailureException;

/** The outreach pipeline as a board of columns by stage: the officer's landing page. */
@Route(LeadBoardView.PATH)
@Menu(title = "nav.pipeline", order = 40, icon = "vaadin:funnel")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
@StyleSheet("styles/pipeline.css")
public class LeadBoardView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "pipeline";
    /** A column shows this many cards at first, and this many more at each "show more". */
    static final int CARDS_PER_PAGE = 10;

    private final LeadBoardService boardService;
    private final Clock clock;
    private final Map<LeadStage, Integer> shown = new EnumMap<>(LeadStage.class);
    private final List<StageColumn> columns = new ArrayList<>();
    final Button followUps = new Button();
    final TextField search = new TextField();
    final ComboBox<UserRef> owner = new ComboBox<>();
    private LeadFilter filter = LeadFilter.all();

    public LeadBoardView(LeadBoardService boardService, LeadLinkService linkService, PipelineFigureService figures,
            CurrentUser currentUser, Clock clock) {
        this.boardService = boardService;
        this.clock = clock;
        addClassName("lead-board-view");
        setSizeFull();
        boolean canChange = currentUser.hasRole(Roles.OFFICER) || currentUser.hasRole(Roles.ADMIN);

        var list = new Button(getTranslation("pipeline.list.open"), VaadinIcon.LIST.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(LeadListView.class)));
        var header = new ViewHeader(getTranslation("pipeline.title"), list);
        if (canChange) {
            followUps.setIcon(VaadinIcon.BELL.create());
            followUps.setText(getTranslation("pipeline.follow-ups.count", boardService.myFollowUpCount()));
            followUps.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(MyFollowUpsView.class)));
            var newLead = new Button(getTranslation("pipeline.lead.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(LeadView.class, LeadView.parameters(null))));
            newLead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(followUps, newLead);
        }

        search.setPlaceholder(getTranslation("pipeline.filter.search"));
        search.setAriaLabel(getTranslation("pipeline.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        owner.setPlaceholder(getTranslation("pipeline.board.all-owners"));
        owner.setAriaLabel(getTranslation("pipeline.lead.owner"));
        owner.setItems(linkService.possibleOwners());
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setClearButtonVisible(true);
        search.addValueChangeListener(change -> filter());
        owner.addValueChangeListener(change -> filter());
        var filters = new Div(search, owner);
        filters.addClassName("lead-filter-bar");

        var board = new Div();
        board.addClassName("lead-board");
        for (var column : boardService.board(LeadFilter.all(), CARDS_PER_PAGE)) {
            shown.put(column.stage(), CARDS_PER_PAGE);
            var stageColumn = new StageColumn(column.stage(), canChange, this::move,
                    () -> showMore(column.stage()));
            stageColumn.show(column, today());
            columns.add(stageColumn);
            board.add(stageColumn);
        }
        add(header, filters, new PipelineMeasures(figures, clock), board);
        expand(board);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.title");
    }

    List<StageColumn> columns() {
        return columns;
    }

    private void move(Lead lead, LeadStage to) {
        var from = lead.getStage();
        if (from == to) {
            return;
        }
        try {
            boardService.moveTo(lead.getId(), lead.getVersion(), to);
            Notification.show(getTranslation("pipeline.board.moved", lead.getCompanyName(),
                    getTranslation("pipeline.stage." + to.name())), 3000, Notification.Position.BOTTOM_START);
        } catch (OptimisticLockingFailureException conflict) {
            var notification = new Notification(getTranslation("pipeline.board.conflict", lead.getCompanyName()),
                    8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
            refreshAll();
            return;
        } catch (LeadService.LeadNotFoundException gone) {
            var notification = new Notification(getTranslation("pipeline.lead.not-found"), 8000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
            refreshAll();
            return;
        }
        refresh(from);
        refresh(to);
        refreshFollowUps();
    }

    /**
     * Narrows every column to the search and the owner, each column back to its first cards: the whole board in one
     * call, which counts every stage in one statement rather than a search of the leads per column.
     */
    private void filter() {
        filter = new LeadFilter(search.getValue().isBlank() ? null : search.getValue(), null,
                owner.getValue() == null ? null : owner.getValue().id(), null, null, null, null);
        columns.forEach(column -> shown.put(column.stage(), CARDS_PER_PAGE));
        var today = today();
        for (var column : boardService.board(filter, CARDS_PER_PAGE)) {
            column(column.stage()).show(column, today);
        }
        refreshFollowUps();
    }

    private void showMore(LeadStage stage) {
        shown.merge(stage, CARDS_PER_PAGE, Integer::sum);
        refresh(stage);
        refreshFollowUps();
    }

    private void refreshAll() {
        columns.forEach(column -> refresh(column.stage()));
        refreshFollowUps();
    }

    private void refresh(LeadStage stage) {
        column(stage).show(boardService.column(filter, stage, shown.get(stage)), today());
    }

    private StageColumn column(LeadStage stage) {
        return columns.stream().filter(c -> c.stage() == stage).findFirst().orElseThrow();
    }

    /** The follow-ups badge, once per change of the board rather than once per column. */
    private void refreshFollowUps() {
        if (followUps.getText() != null && !followUps.getText().isEmpty()) {
            followUps.setText(getTranslation("pipeline.follow-ups.count", boardService.myFollowUpCount()));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
