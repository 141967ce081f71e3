// placeholder: the task pane engineer replaces this file
