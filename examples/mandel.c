/* The demo guest: greets from the guest's point of view, then draws the Mandelbrot set in ASCII. */
#include <stdio.h>
#include <sys/utsname.h>

int main(int argc, char **argv)
{
	struct utsname u;
	uname(&u);
	printf("Hello from a %s guest: %s, %d argument(s)\n", u.machine, argv[0], argc - 1);
	const char *shades = " .:-=+*#%@";
	for (int row = 0; row < 24; row++) {
		for (int col = 0; col < 72; col++) {
			double cr = -2.2 + col * 3.0 / 72, ci = -1.2 + row * 2.4 / 24, zr = 0, zi = 0;
			int n = 0;
			while (n < 200 && zr * zr + zi * zi < 4) {
				double t = zr * zr - zi * zi + cr;
				zi = 2 * zr * zi + ci;
				zr = t;
				n++;
			}
			putchar(n == 200 ? '@' : shades[n % 9]);
		}
		putchar('\n');
	}
	return 0;
}
