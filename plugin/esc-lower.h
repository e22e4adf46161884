/* esc-lower.h -- declarations shared by the files of the lowering, GIMPLE
   into the location graph: stmt.cc (functions, statements), expr.cc
   (expressions, locations), assign.cc (assignments, stores), call.cc
   (calls), site.cc (allocation sites), and bits.cc's pointer bits.  What
   the rest of the plugin calls is in esc.h.  */

#ifndef ESC_LOWER_H
#define ESC_LOWER_H

/* stmt.cc */
extern unsigned esc_seq;

/* expr.cc */
void esc_expr (esc_batch *b, esc_hole k, tree op);
void esc_assign_heap (esc_batch *b, tree op, enum esc_reason why,
		      location_t where);
void esc_unmodelled (esc_batch *b, tree op);
bool esc_carries_p (esc_batch *b, tree op);
bool esc_local_decl_p (esc_batch *b, tree d);
int esc_var_loc (esc_batch *b, tree d);
int esc_decl_loc (esc_batch *b, tree d);
void esc_event (esc_batch *b, int l, int kind, basic_block bb = NULL,
		unsigned seq = 0);
void esc_lifetime_end (esc_batch *b, tree ref);

/* assign.cc */
void esc_lower_assign (esc_batch *b, gassign *s);
esc_hole esc_dest_hole (esc_batch *b, tree lhs, location_t where);
void esc_store_via (esc_batch *b, tree ptr, int val, location_t where);

/* call.cc */
void esc_lower_call (esc_batch *b, gcall *call);

/* site.cc */
void esc_lower_site (esc_batch *b, gcall *call, tree callee, esc_hole k);

/* bits.cc */
bool esc_int_bits_p (esc_batch *b, tree op);
bool esc_int_slot_p (esc_batch *b, tree ref);
bool esc_int_slot_addr_p (esc_batch *b, tree obj);

#endif /* ESC_LOWER_H */
