// placeholder: the functions engineer replaces this file
