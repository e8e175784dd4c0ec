package com.banksegment.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

/**
 * A real HDFS (one NameNode, one DataNode) and optionally a real YARN (one ResourceManager,
 * one NodeManager) in this JVM, from hadoop-client-minicluster. One per test class: starting
 * costs about 6 s each. {@link #confDir()} holds core-site.xml and yarn-site.xml for clients in
 * other processes (spark-submit), as HADOOP_CONF_DIR does on an edge node.
 */
public final class MiniHadoop implements AutoCloseable {
  private final MiniDFSCluster dfs;
  private final MiniYARNCluster yarn;
  private final Path confDir;
  private final Configuration conf;

  private MiniHadoop(Path workDir, boolean withYarn) throws IOException {
    Configuration base = new YarnConfiguration();
    base.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, workDir.resolve("dfs").toString());
    // The test machine's disks are often fuller than YARN's 90 % health threshold.
    base.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 99.9f);
    // hadoop-client-minicluster has no capacity-scheduler.xml: the one queue is declared inline,
    // as Spark's own BaseYarnClusterSuite does.
    base.set("yarn.scheduler.capacity.root.queues", "default");
    base.set("yarn.scheduler.capacity.root.default.capacity", "100");
    base.set("yarn.scheduler.capacity.root.default.maximum-capacity", "100");
    base.set("yarn.scheduler.capacity.root.default.user-limit-factor", "1");
    base.set("yarn.scheduler.capacity.root.default.state", "RUNNING");
    base.set("yarn.scheduler.capacity.root.default.acl_submit_applications", "*");
    base.set("yarn.scheduler.capacity.root.default.acl_administer_queue", "*");
    base.setInt("yarn.scheduler.capacity.node-locality-delay", -1);
    // Two applications at a time at most (an AM of 1.4 GB and an executor each), so the queue's
    // AM share must admit more than one AM.
    base.setFloat("yarn.scheduler.capacity.maximum-am-resource-percent", 0.5f);
    base.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 256);
    base.setInt(YarnConfiguration.NM_PMEM_MB, 6144);
    base.setInt(YarnConfiguration.NM_VCORES, 4);
    base.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
    base.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
    dfs = new MiniDFSCluster.Builder(base).numDataNodes(1).build();
    dfs.waitActive();
    base.set(FileSystem.FS_DEFAULT_NAME_KEY, dfs.getURI().toString());
    if (withYarn) {
      yarn = new MiniYARNCluster("it", 1, 1, 1);
      yarn.init(base);
      yarn.start();
      conf = new Configuration(yarn.getConfig());
    } else {
      yarn = null;
      conf = base;
    }
    // MiniDFSCluster sets a rack mapping class that only exists in Hadoop's test jars.
    conf.unset("net.topology.node.switch.mapping.impl");
    confDir = Files.createDirectories(workDir.resolve("hadoop-conf"));
    try (OutputStream out = Files.newOutputStream(confDir.resolve("core-site.xml"))) {
      conf.writeXml(out);
    }
    if (withYarn) {
      try (OutputStream out = Files.newOutputStream(confDir.resolve("yarn-site.xml"))) {
        conf.writeXml(out);
      }
    }
  }

  public static MiniHadoop hdfs(Path workDir) throws IOException {
    return new MiniHadoop(workDir, false);
  }

  public static MiniHadoop hdfsAndYarn(Path workDir) throws IOException {
    return new MiniHadoop(workDir, true);
  }

  /** hdfs://localhost:PORT */
  public String hdfsUri() {
    return dfs.getURI().toString();
  }

  /** The NameNode's HTTP port: WebHDFS at http://localhost:PORT/webhdfs/v1/... */
  public int webHdfsPort() {
    return dfs.getNameNode().getHttpAddress().getPort();
  }

  public FileSystem fileSystem() throws IOException {
    return dfs.getFileSystem();
  }

  /** The NodeManager's container log folders (one per application, then one per container). */
  public java.util.List<Path> containerLogDirs() {
    String dirs = yarn.getNodeManager(0).getConfig().get(YarnConfiguration.NM_LOG_DIRS);
    return java.util.Arrays.stream(dirs.split(",")).map(d -> Path.of(d.replaceFirst("^file:", ""))).toList();
  }

  /** The YARN cluster; null when started with {@link #hdfs}. */
  public MiniYARNCluster yarn() {
    return yarn;
  }

  public Configuration conf() {
    return conf;
  }

  public Path confDir() {
    return confDir;
  }

  @Override
  public void close() {
    if (yarn != null) {
      yarn.stop();
    }
    dfs.shutdown();
  }
}
