package org.kakehashi.pipeline.ui;

import org.junit.jupiter.api.BeforeEach;
import org.kakehashi.UiTest;
import org.kakehashi.pipeline.LeadBoardService;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.PipelineTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Browserless tests of the pipeline's views, each on an empty pipeline with a fixed clock. */
@Import(PipelineTestData.Config.class)
abstract class PipelineUiTest extends UiTest {

    @Autowired
    protected LeadService leadService;

    @Autowired
    protected LeadBoardService boardService;

    @Autowired
    protected PipelineTestData data;

    @BeforeEach
    void emptyPipeline() {
        data.reset();
    }
}
