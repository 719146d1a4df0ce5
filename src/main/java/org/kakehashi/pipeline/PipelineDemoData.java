package org.kakehashi.pipeline;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.kakehashi.security.AppUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the embedded demo database a pipeline to look at: Japanese companies met on delegations and at events,
 * over the past year, in every stage, some follow-ups overdue. The companies and people are invented.
 */
@Component
@Order(30)
class PipelineDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PipelineDemoData.class);

    private final LeadRepository leads;
    private final ActivityRepository activities;
    private final StageChangeRepository stageChanges;
    private final EntityManager entityManager;
    private final Clock clock;
    private final boolean demoData;
    private final TransactionTemplate transaction;

    PipelineDemoData(LeadRepository leads, ActivityRepository activities, StageChangeRepository stageChanges,
            EntityManager entityManager, Clock clock,
            @Value("${kakehashi.demo-data.register:${kakehashi.demo-data:false}}") boolean demoData,
            PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.leads = leads;
        this.activities = activities;
        this.stageChanges = stageChanges;
        this.entityManager = entityManager;
        this.clock = clock;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> createWhenEmpty());
    }

    private void createWhenEmpty() {
        if (!demoData || leads.count() > 0) {
            return;
        }
        var officer = user("officer");
        var admin = user("admin");
        if (officer == null || admin == null) {
            return;
        }
        var today = LocalDate.now(clock);
        networkLeads(officer, admin, today);
        lifeScienceLeads(officer, admin, today);
        industryLeads(officer, admin, today);
        log.info("Created {} demo leads", leads.count());
    }

    /** Innovation platforms and entrepreneur networks met on a delegation, both in dialogue. */
    private void networkLeads(AppUser officer, AppUser admin, LocalDate today) {
        var platform = lead("Nihon Open Innovation Platform", "日本オープンイノベーション・プラットフォーム", "Tokyo",
                "Innovation platforms", InterestKind.ESTABLISHMENT, officer, LeadSource.DELEGATION,
                ProjectType.GREENFIELD);
        platform.getInvestment().setCompetingLocations("Copenhagen, Helsinki");
        size(platform, 15, "20000000", "SEK");
        next(platform, "Send the offer for lab space in the science park", today.plusDays(3));
        history(platform, today, 300, LeadStage.CONTACTED, 150, LeadStage.IN_DIALOGUE, 60);
        activity(platform, officer, ActivityKind.MEETING, today.minusDays(60),
                "Week of talks with the city centre company and the real-estate firm about the labs.");
        activity(platform, officer, ActivityKind.EMAIL, today.minusDays(20),
                "Sent floor plans of two lab floors and the rent levels.");

        var association = lead("Global Entrepreneurs & Researchers Association", "起業家・研究者国際協会", "Tokyo",
                "Entrepreneur networks", InterestKind.ESTABLISHMENT, admin, LeadSource.DELEGATION,
                ProjectType.SALES_OFFICE);
        association.getInvestment().setCompetingLocations("Amsterdam");
        size(association, 4, "3500000", "SEK");
        next(association, "Call about the members' meeting in the city", today.minusDays(4));
        history(association, today, 280, LeadStage.IN_DIALOGUE, 60);
        activity(association, admin, ActivityKind.VISIT, today.minusDays(60),
                "Visited the labs with the delegation; wants a regional hub for its members in 140 countries.");
    }

    /** Biotech, diagnostics and imaging: one confidential, one established, one referred. */
    private void lifeScienceLeads(AppUser officer, AppUser admin, LocalDate today) {
        var cells = lead("Kobe Regenerative Cell Therapeutics", "神戸再生細胞セラピューティクス", "Kobe, Hyogo",
                "Life science", InterestKind.RESEARCH_PARTNERSHIP, officer, LeadSource.EVENT,
                ProjectType.RESEARCH_AND_DEVELOPMENT);
        size(cells, 6, "1500000", "EUR");
        next(cells, "Introduce two university hospital groups", today.minusDays(2));
        history(cells, today, 200, LeadStage.CONTACTED, 120);
        activity(cells, officer, ActivityKind.MEETING, today.minusDays(200),
                "Met at the biomedical cluster in Kobe during the Osaka and Kobe mission.");
        activity(cells, officer, ActivityKind.CALL, today.minusDays(120),
                "Looking for a German clinical partner for a cell therapy trial.");

        var peptides = lead("Shonan Peptide Discovery", "湘南ペプチド創薬", "Fujisawa, Kanagawa",
                "Life science", InterestKind.RESEARCH_PARTNERSHIP, officer, LeadSource.DELEGATION,
                ProjectType.RESEARCH_AND_DEVELOPMENT);
        peptides.setConfidential(true);
        size(peptides, 10, "4000000", "EUR");
        next(peptides, "Prepare the visit to the biotech park", today.plusDays(5));
        history(peptides, today, 190, LeadStage.CONTACTED, 150, LeadStage.IN_DIALOGUE, 90, LeadStage.VISIT, 15);
        activity(peptides, officer, ActivityKind.MEETING, today.minusDays(190),
                "Met at the Shonan innovation campus; wants a local partner for peptide screening.");

        var diagnostics = lead("Kansai Precision Diagnostics", "関西精密診断", "Osaka", "Medical technology",
                InterestKind.TRADE, officer, LeadSource.REFERRAL, ProjectType.SALES_OFFICE);
        next(diagnostics, "First call", today.plusDays(10));
        history(diagnostics, today, 30);
        activity(diagnostics, officer, ActivityKind.NOTE, today.minusDays(30),
                "Referred by the trade-promotion agency's Osaka office.");

        var imaging = lead("Kyoto Bio-Imaging", "京都バイオイメージング", "Kyoto", "Life science",
                InterestKind.RESEARCH_PARTNERSHIP, admin, LeadSource.AGENCY, ProjectType.RESEARCH_AND_DEVELOPMENT);
        size(imaging, 5, "800000", "EUR");
        history(imaging, today, 340, LeadStage.IN_DIALOGUE, 280, LeadStage.ESTABLISHED, 70);
        activity(imaging, admin, ActivityKind.EMAIL, today.minusDays(70),
                "Research agreement signed with the university's imaging centre.");
    }

    /** Chemistry, machinery, photonics, batteries, robotics and materials, in every stage from new to lost. */
    private void industryLeads(AppUser officer, AppUser admin, LocalDate today) {
        var chemicals = lead("Toyohashi Fine Chemicals", "豊橋ファインケミカル", "Toyohashi, Aichi", "Chemistry",
                InterestKind.INVESTMENT, admin, LeadSource.DELEGATION, ProjectType.EXPANSION);
        chemicals.getInvestment().setCompetingLocations("Antwerp, Rotterdam");
        chemicals.setExpectedDecisionDate(today.plusMonths(3));
        size(chemicals, 40, "12000000", "EUR");
        next(chemicals, "Send the land and permit overview", today.minusDays(6));
        history(chemicals, today, 330, LeadStage.CONTACTED, 300, LeadStage.IN_DIALOGUE, 240, LeadStage.VISIT, 150,
                LeadStage.NEGOTIATION, 45);
        activity(chemicals, admin, ActivityKind.VISIT, today.minusDays(150),
                "Plant managers visited the port area and the chemistry park.");
        activity(chemicals, admin, ActivityKind.MEETING, today.minusDays(45),
                "Negotiation on the site lease; board decision expected after the summer.");

        var machinery = lead("Mikawa Automotive Machinery", "三河オートモーティブ機械", "Toyohashi, Aichi",
                "Automotive and machinery", InterestKind.ESTABLISHMENT, officer, LeadSource.DELEGATION,
                ProjectType.GREENFIELD);
        size(machinery, 25, "900000000", "JPY");
        next(machinery, "Follow up on the visit report", today.minusDays(9));
        history(machinery, today, 250, LeadStage.CONTACTED, 200, LeadStage.VISIT, 40);
        activity(machinery, officer, ActivityKind.VISIT, today.minusDays(40),
                "Toured the supplier park; interested in a service centre for European customers.");

        var photonics = lead("Hamamatsu Photonic Sensors", "浜松フォトニックセンサー", "Hamamatsu, Shizuoka",
                "Photonics", InterestKind.ESTABLISHMENT, officer, LeadSource.INBOUND_REQUEST,
                ProjectType.SALES_OFFICE);
        size(photonics, 8, "5000000", "SEK");
        history(photonics, today, 360, LeadStage.CONTACTED, 330, LeadStage.NEGOTIATION, 200,
                LeadStage.ESTABLISHED, 120);
        activity(photonics, officer, ActivityKind.NOTE, today.minusDays(120),
                "Sales office opened in the science park with eight staff.");

        var batteries = lead("Osaka Battery Materials", "大阪電池材料", "Osaka", "Chemistry",
                InterestKind.INVESTMENT, officer, LeadSource.EVENT, ProjectType.GREENFIELD);
        batteries.getInvestment().setCompetingLocations("Poland, Hungary");
        size(batteries, 300, "150000000", "EUR");
        history(batteries, today, 320, LeadStage.CONTACTED, 290, LeadStage.VISIT, 200, LeadStage.LOST, 100);
        activity(batteries, officer, ActivityKind.CALL, today.minusDays(100),
                "Chose a site in Hungary for energy prices; keep in touch for a second phase.");

        var robotics = lead("Nagoya Robotics Systems", "名古屋ロボティクスシステムズ", "Nagoya, Aichi", "Robotics",
                InterestKind.ESTABLISHMENT, officer, LeadSource.EVENT, ProjectType.EXPANSION);
        next(robotics, "Ask again after their fiscal year starts in April", today.plusMonths(2));
        history(robotics, today, 270, LeadStage.CONTACTED, 230, LeadStage.ON_HOLD, 80);

        var materials = lead("Sendai Advanced Materials Lab", "仙台先端材料ラボ", "Sendai, Miyagi", "Materials",
                InterestKind.OTHER, admin, LeadSource.INBOUND_REQUEST, null);
        next(materials, "Answer the request for cleanroom capacity", today);
        history(materials, today, 5);
    }

    private Lead lead(String name, String japanese, String headquarters, String sector, InterestKind interest,
            AppUser owner, LeadSource source, ProjectType projectType) {
        var lead = new Lead();
        lead.setCompanyName(name);
        lead.setCompanyNameJapanese(japanese);
        lead.setHeadquarters(headquarters);
        lead.setCountry("JP");
        lead.setSector(sector);
        lead.setInterestKind(interest);
        lead.setOwner(owner);
        lead.getOrigin().setSource(source);
        lead.getInvestment().setProjectType(projectType);
        return lead;
    }

    private static void size(Lead lead, int jobs, String amount, String currency) {
        lead.setEstimatedJobs(jobs);
        lead.getInvestment().setAmount(new BigDecimal(amount));
        lead.getInvestment().setCurrency(currency);
    }

    private static void next(Lead lead, String action, LocalDate due) {
        lead.setNextAction(action);
        lead.setNextActionDue(due);
    }

    /**
     * Saves the lead with its stage history: identified the given number of days ago, then each stage reached so
     * many days ago ({@code stage, daysAgo, stage, daysAgo …}).
     */
    private void history(Lead lead, LocalDate today, int identifiedDaysAgo, Object... stagesAndDaysAgo) {
        var at = today.minusDays(identifiedDaysAgo).atTime(10, 0).toInstant(ZoneOffset.UTC);
        var stage = LeadStage.IDENTIFIED;
        var owner = lead.getOwner();
        var changes = new java.util.ArrayList<StageChange>();
        changes.add(new StageChange(lead, null, stage, at, owner));
        for (int i = 0; i < stagesAndDaysAgo.length; i += 2) {
            var next = (LeadStage) stagesAndDaysAgo[i];
            at = today.minusDays((Integer) stagesAndDaysAgo[i + 1]).atTime(10, 0).toInstant(ZoneOffset.UTC);
            changes.getLast().setLeftAt(at);
            changes.add(new StageChange(lead, stage, next, at, owner));
            stage = next;
        }
        lead.setStage(stage);
        lead.setProbability(stage.defaultProbability());
        lead.setStageSince(at);
        leads.save(lead);
        stageChanges.saveAll(changes);
    }

    private void activity(Lead lead, AppUser author, ActivityKind kind, LocalDate date, String summary) {
        var activity = new Activity();
        activity.setLead(lead);
        activity.setAuthor(author);
        activity.setKind(kind);
        activity.setDate(date);
        activity.setSummary(summary);
        activities.save(activity);
    }

    private AppUser user(String username) {
        return entityManager.createQuery("select u from AppUser u where u.username = :username", AppUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }
}
