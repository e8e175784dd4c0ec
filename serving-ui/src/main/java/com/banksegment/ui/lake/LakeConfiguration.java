package com.banksegment.ui.lake;

import com.banksegment.ui.lake.service.LakeFiles;
import com.banksegment.ui.lake.service.ParquetTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Hadoop client and the Parquet reader, one each for the whole application. */
@Configuration(proxyBeanMethods = false)
public class LakeConfiguration {
  @Bean
  LakeFiles lakeFiles() {
    return LakeFiles.withDefaults();
  }

  @Bean
  ParquetTables parquetTables(LakeFiles files) {
    return new ParquetTables(files);
  }
}
