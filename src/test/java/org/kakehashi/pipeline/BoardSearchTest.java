package org.kakehashi.pipeline;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BoardSearchTest extends BoardSearchCases {
}
