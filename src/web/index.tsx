// placeholder: the web page engineer replaces this file
