/* Clocks and sleeps: monotonic time goes forward, nanosleep and clock_nanosleep sleep at least as
 * long as asked, gettimeofday agrees with CLOCK_REALTIME, times() and clock() work, and a fixed
 * time formats the same everywhere (gmtime, strftime, timegm). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

static long long ns(const struct timespec *t) { return t->tv_sec * 1000000000ll + t->tv_nsec; }

int main(void)
{
	struct timespec a, b, res;
	CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
	CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	CHECK(ns(&b) >= ns(&a));
	CHECK(clock_getres(CLOCK_MONOTONIC, &res) == 0 && ns(&res) > 0 && ns(&res) <= 1000000);
	CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a) == 0);
	CHECK(clock_gettime((clockid_t)12345, &a) == -1 && errno == EINVAL);

	struct timespec req = { 0, 20 * 1000 * 1000 };
	CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
	CHECK(nanosleep(&req, NULL) == 0);
	CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	long long slept = ns(&b) - ns(&a);
	printf("nanosleep 20ms: slept enough %d, not too long %d\n", slept >= 20000000, slept < 900000000);

	CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
	struct timespec until = a;
	until.tv_nsec += 10 * 1000 * 1000;
	if (until.tv_nsec >= 1000000000) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000;
	}
	CHECK(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) == 0);
	CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	printf("clock_nanosleep absolute: reached %d\n", ns(&b) >= ns(&until));
	struct timespec bad = { 0, 1000000000 };
	CHECK(nanosleep(&bad, NULL) == -1 && errno == EINVAL);

	struct timeval tv;
	struct timespec rt;
	CHECK(gettimeofday(&tv, NULL) == 0);
	CHECK(clock_gettime(CLOCK_REALTIME, &rt) == 0);
	long long diff = rt.tv_sec - tv.tv_sec;
	printf("gettimeofday agrees with realtime: %d, after 2020: %d\n", diff >= 0 && diff <= 2, tv.tv_sec > 1577836800);
	CHECK(time(NULL) >= tv.tv_sec - 1); /* time() reads the coarse clock, up to a tick behind */

	struct tms t;
	clock_t c = times(&t);
	CHECK(c != (clock_t)-1);
	volatile double x = 0;
	for (int i = 0; i < 100000; i++) x += i * 0.5;
	CHECK(clock() >= 0);

	time_t fixed = 1234567890;
	struct tm tm;
	CHECK(gmtime_r(&fixed, &tm) != NULL);
	char buf[128];
	strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %A %j", &tm);
	printf("gmtime: %s\n", buf);
	printf("asctime: %s", asctime(&tm));
	printf("timegm round trip: %d\n", timegm(&tm) == fixed);
	setenv("TZ", "UTC", 1);
	tzset();
	printf("ctime UTC: %s", ctime(&fixed));

	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
