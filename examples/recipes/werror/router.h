/* router.h -- recipe example: a URL router with a hot path.  */
#ifndef ROUTER_H
#define ROUTER_H

int route (const char *url);

#endif
