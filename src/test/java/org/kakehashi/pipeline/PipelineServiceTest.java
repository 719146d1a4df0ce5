package org.kakehashi.pipeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/** Service tests of the pipeline on an empty pipeline, a fixed clock and extra users (H2 or PostgreSQL). */
@Import(PipelineTestData.Config.class)
abstract class PipelineServiceTest {

    @Autowired
    protected LeadService service;

    @Autowired
    protected LeadBoardService boardService;

    @Autowired
    protected ActivityService activityService;

    @Autowired
    protected PipelineFigureService figureService;

    @Autowired
    protected PipelineTestData data;

    @BeforeEach
    void emptyPipeline() {
        data.reset();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }
}
