/** The shape of bench/results.json, and the targets of issue 17. */
import type { BuildProfile } from "./build-profile.ts";
import type { CiPathResult } from "./ci-path.ts";
import type { PageWeight } from "./page-weight.ts";
import type { SearchSpeed } from "./search-speed.ts";
import type { SearchTransfer } from "./search-transfer.ts";

export const TARGETS = {
  /**
   * `npm run build` of 5,000 articles and 300 members on these 2-core machines, against the
   * official Astro blog starter building the same articles (no search, tags, members or cards):
   * at most twice its 16.9–20.2 s with caches kept…
   */
  cachedBuildSeconds: 40,
  /** …and three times its 18.9–26.6 s from scratch, aiming at its slower runs. */
  coldBuildSeconds: 57,
  /**
   * The same limits as ratios to the starter built beside it in the same run
   * (scripts/dev/bench/starter.ts), which the load of the moment affects alike (issue 26).
   */
  cachedBuildRatio: 2,
  coldBuildRatio: 3,
  /** The largest process's peak memory, kept below the starter's 1.6–1.9 GB… */
  largestProcessMb: 1600,
  /** …and the whole process tree's within issue 8's 2 GB. */
  peakTreeMb: 2048,
  /** On a phone as Lighthouse imagines one: the first result after the navigation… */
  firstResultAfterNavigationMs: 2000,
  /** …and after the last key the reader presses, in the header's field or on /cerca/ (issue 26). */
  firstResultAfterKeystrokeMs: 800,
  /** An editor's change to content/ alone: the check job, from a fresh clone to dist/ ready (issue 26). */
  ciContentPathSeconds: 180,
} as const;

export interface BuildRun {
  /** `astro build`, then the search index: `npm run build` without its content check. */
  seconds: number;
  /** The content check plus the above: what `npm run build` takes. */
  totalSeconds: number;
  htmlPages: number;
  pagesPerSecond: number;
  secondsPer1000Articles: number;
  /** Largest sum of the build's processes' resident memory at one moment. */
  peakTreeMb: number;
  /** Largest resident memory of one process (GNU time). */
  maxProcessMb: number | undefined;
  cpuCores: number | undefined;
  /** User plus system CPU seconds of the build's processes. */
  cpuSeconds: number | undefined;
  /** The same, sampled from /proc: it counts Pagefind's process too, which GNU time misses. */
  treeCpuSeconds: number | undefined;
  /** One-minute load average before and after: above the build's own share, other work ran. */
  load: [number, number];
  profile: BuildProfile;
}

/** A build of the official blog starter with the same articles, just after the district's. */
export interface StarterRun {
  /** `astro build`, the starter's whole build. */
  seconds: number;
  maxProcessMb: number | undefined;
  peakTreeMb: number;
  load: [number, number];
}

/** A cached build of the district (`npm run build`) and the starter's just after it. */
export interface BuildPair {
  seconds: number;
  starterSeconds: number;
}

export interface TemplateWeight extends Omit<PageWeight, "files"> {
  template: string;
  url: string;
}

export interface SizeResult {
  articles: number;
  members: number;
  /** Published events and working groups. */
  events: number;
  groups: number;
  withImage: number;
  mdx: number;
  socialCards: number;
  generateSeconds: number;
  contentCheck: { seconds: number; reportedSeconds: number | undefined };
  /** Empty caches: every social card drawn. */
  cold: BuildRun;
  /** With the caches the cold build filled: social cards, Astro's content store and images. */
  cached: BuildRun;
  /** The starter with the same articles, each build just after the district's of the same kind. */
  starter?:
    | {
        posts: number;
        cold: StarterRun;
        cached: StarterRun;
        /** Every cached pair, the first being `cached` and `starter.cached`. */
        cachedPairs: BuildPair[];
      }
    | undefined;
  dist: { bytes: number; files: number };
  /** The calendar of every event, /eventi.ics. */
  calendarBytes: number;
  pagefind: { bytes: number; files: number; seconds: number | undefined };
  pageWeights: TemplateWeight[];
  /** How soon the first search result shows, throttled like a phone. */
  searchSpeed?: SearchSpeed | undefined;
}

export interface BenchResults {
  date: string;
  machine: {
    cores: number;
    cpu: string;
    memoryGb: number;
    node: string;
    astro: string;
    pagefind: string;
  };
  /** One article in this many has a hero image. */
  imageEvery: number;
  sizes: SizeResult[];
  search:
    | (Omit<SearchTransfer, "items"> & { articles: number; items: SearchTransfer["items"] })
    | undefined;
  /** `npm run bench -- --ci`: the deploy workflow's path for a change to content/ alone. */
  ciContentPath?: CiPathResult | undefined;
}
