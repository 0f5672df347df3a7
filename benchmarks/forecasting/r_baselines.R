# R's forecast package (Debian: r-base-core r-cran-forecast) on rolling origins, one method per run, every origin's
# forecast cached as CACHE_DIR/METHOD/ORIGIN.csv (date,slot,forecast) so a fold set never refits an origin.
#   stlf:  STL + ETS on the seasonally adjusted series, msts with daily and weekly periods
#   tbats: TBATS with both periods; Box-Cox, trend and damping off (R's default search over them took about
#          7 minutes per fit on 12 weeks of the bank's 30-minute data on the shared 2-core machine)
#   dshw:  Taylor's double-seasonal Holt-Winters (multiplicative, so fitted on calls + 1)
# Each is fitted on the last TRAIN_WEEKS weeks before the origin and forecasts the 7 days from it, never below 0.
# usage: Rscript r_baselines.R SERIES.csv ORIGINS.txt DAILY_PERIOD WEEKLY_PERIOD TRAIN_WEEKS METHOD CACHE_DIR
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
x <- read.csv(args[1])
x$date <- as.Date(x$date)
origins <- as.Date(readLines(args[2]))
p1 <- as.integer(args[3]); p2 <- as.integer(args[4]); weeks <- as.integer(args[5])
method <- args[6]
dir <- file.path(args[7], method)
dir.create(dir, recursive = TRUE, showWarnings = FALSE)
for (o in seq_along(origins)) {
  origin <- origins[o]
  out <- file.path(dir, paste0(format(origin), ".csv"))
  if (file.exists(out)) next
  train <- tail(x$calls[x$date < origin], weeks * p2)
  test <- x[x$date >= origin & x$date < origin + 7, c("date", "slot")]
  h <- nrow(test)
  if (h == 0) next
  y <- msts(train, seasonal.periods = c(p1, p2))
  t0 <- proc.time()[["elapsed"]]
  f <- switch(method,
    stlf = as.numeric(stlf(y, h = h)$mean),
    tbats = as.numeric(forecast(tbats(y, use.box.cox = FALSE, use.trend = FALSE, use.damped.trend = FALSE,
                                      use.parallel = FALSE), h = h)$mean),
    dshw = as.numeric(dshw(train + 1, period1 = p1, period2 = p2, h = h)$mean) - 1,
    stop("unknown method ", method))
  secs <- proc.time()[["elapsed"]] - t0
  test$forecast <- pmax(0, f)
  tmp <- paste0(out, ".tmp")
  write.csv(test, tmp, row.names = FALSE, quote = FALSE)
  file.rename(tmp, out)
  cat(sprintf("%s %s %.1f s\n", method, format(origin), secs))
}
