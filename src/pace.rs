//! Pacing requests to a rate per operation, slowing down when Secrets Manager throttles:
//! the one pacing mechanism, for the executor's writes and the inventory's bulk reads.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// One operation's schedule.
struct Lane {
    next: Instant,
    interval: Duration,
    /// Never faster than this again: just slower than a rate that was throttled.
    floor: Duration,
    successes: u32,
    /// Throttled responses seen so far (the store counts every attempt).
    throttled: u64,
    /// When the interval was last widened: throttles from requests sent before then say
    /// nothing new.
    widened: Option<Instant>,
}

/// Paces each operation to a rate, slowing down when Secrets Manager still throttles.
pub struct Pacer {
    base: Duration,
    lanes: Mutex<HashMap<&'static str, Lane>>,
}

impl Pacer {
    /// `rate` requests per second per operation.
    pub fn new(rate: f64) -> Pacer {
        Pacer {
            base: Duration::from_secs_f64(1.0 / rate.max(0.1)),
            lanes: Mutex::new(HashMap::new()),
        }
    }

    /// Waits for this operation's next slot.
    pub async fn slot(&self, op: &'static str) {
        let at = {
            let mut lanes = self.lanes.lock().expect("pacer");
            let now = Instant::now();
            let lane = lanes.entry(op).or_insert(Lane {
                next: now,
                interval: self.base,
                floor: self.base,
                successes: 0,
                throttled: 0,
                widened: None,
            });
            let at = lane.next.max(now);
            lane.next = at + lane.interval;
            at
        };
        tokio::time::sleep_until(at).await;
    }

    /// Throttled: widen the interval, at most once per quarter second (the requests already in
    /// flight were sent at the old rate), and remember a floor just slower than the throttled
    /// rate.
    pub fn throttled(&self, op: &'static str) {
        if let Some(lane) = self.lanes.lock().expect("pacer").get_mut(op) {
            let now = Instant::now();
            let since = lane.widened.map(|at| now.duration_since(at));
            if since.is_some_and(|d| d < Duration::from_millis(250)) {
                return;
            }
            // The first throttle of an episode marks a rate that is too fast; later ones
            // within the second mostly answer requests sent before the last widening.
            if since.is_none_or(|d| d > Duration::from_secs(1)) {
                lane.floor = lane.floor.max(lane.interval * 21 / 20).min(MAX_INTERVAL);
            }
            lane.widened = Some(now);
            lane.interval = (lane.interval * 3 / 2).min(MAX_INTERVAL);
            lane.successes = 0;
        }
    }

    /// The wire's count of throttled responses to `op`, SDK retries included: any new one
    /// widens the interval once, so a burst of throttles does not stall the run.
    pub fn observe(&self, op: &'static str, throttled: u64) {
        let fresh = self
            .lanes
            .lock()
            .expect("pacer")
            .get_mut(op)
            .is_some_and(|lane| std::mem::replace(&mut lane.throttled, throttled) < throttled);
        if fresh {
            self.throttled(op);
        }
    }

    /// A success: after a run of them, creep back towards the configured rate; the floor
    /// itself decays slowly, so one bad moment does not slow a long run for good.
    pub fn succeeded(&self, op: &'static str) {
        if let Some(lane) = self.lanes.lock().expect("pacer").get_mut(op) {
            lane.successes += 1;
            if lane.successes >= 20 {
                lane.successes = 0;
                lane.floor = (lane.floor * 199 / 200).max(self.base);
                lane.interval = (lane.interval * 19 / 20).max(lane.floor);
            }
        }
    }
}

/// The slowest pace the pacer falls to.
const MAX_INTERVAL: Duration = Duration::from_secs(2);

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn the_pacer_spaces_calls_and_backs_off() {
        let pacer = Pacer::new(10.0);
        let start = tokio::time::Instant::now();
        for _ in 0..5 {
            pacer.slot("CreateSecret").await;
        }
        assert_eq!(start.elapsed(), Duration::from_millis(400));
        pacer.throttled("CreateSecret");
        let before = tokio::time::Instant::now();
        pacer.slot("CreateSecret").await;
        pacer.slot("CreateSecret").await;
        assert_eq!(
            before.elapsed(),
            Duration::from_millis(250),
            "the next gap is 150 ms"
        );
    }
}
