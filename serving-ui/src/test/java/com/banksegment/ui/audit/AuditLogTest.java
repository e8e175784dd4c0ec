package com.banksegment.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.audit.service.AuditLog;
import com.banksegment.ui.audit.service.AuditLogUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  @TempDir Path dir;

  @Test
  void oneLinePerEventEvenWhenAUserNameTriesToForgeASecondOne() throws Exception {
    Path file = dir.resolve("audit.log");
    AuditLog audit = new AuditLog(SuiteSettings.load(List.of("segment.ui.audit-log=" + file)));
    audit.signIn("mallory\" outcome=\"success\nevent=sign-in outcome=\"success", "10.0.0.1", false, "wrong");
    audit.export("asha", "audience of run 2016-10-21", "csv", "Segments in [1]", 42);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z event=sign-in outcome=\"failure\" "
        + "user=\"mallory\\\\\" outcome=\\\\\"success\\\\nevent=sign-in outcome=\\\\\"success\" address=\"10.0.0.1\" reason=\"wrong\"");
    assertThat(lines.get(1)).endsWith("event=export user=\"asha\" what=\"audience of run 2016-10-21\" format=\"csv\" "
        + "filter=\"Segments in [1]\" rows=42");
  }

  @Test
  void anUnwritableFileStopsTheStartWithAClearReason() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> new AuditLog(SuiteSettings.load(List.of("segment.ui.audit-log=" + notAFolder.resolve("audit.log")))))
        .isInstanceOf(AuditLogUnavailableException.class).hasMessageContaining("cannot be written (segment.ui.audit-log)");
  }
}
